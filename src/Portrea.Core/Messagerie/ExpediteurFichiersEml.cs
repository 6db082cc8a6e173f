using Microsoft.Extensions.Options;
using MimeKit;
using Portrea.Core.Persistence;

namespace Portrea.Core.Messagerie;

/// <summary>Embedded mode (no SMTP server configured): each message becomes a file an administrator can open.</summary>
public sealed class ExpediteurFichiersEml(IOptions<PortreaOptions> options) : IExpediteurMessages
{
    public const string Dossier = "outbox";

    public string Chemin => Path.Combine(options.Value.DataDirectoryFullPath, Dossier);

    public async Task EnvoyerAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Chemin);
        var nom = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        // Written aside then renamed, so that a reader of the folder never opens a half-written message.
        var provisoire = Path.Combine(Chemin, "." + nom);
        await message.WriteToAsync(provisoire, ct);
        File.Move(provisoire, Path.Combine(Chemin, nom));
    }
}
