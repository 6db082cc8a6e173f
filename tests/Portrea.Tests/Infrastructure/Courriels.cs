using System.Text.RegularExpressions;
using MimeKit;
using Portrea.Core.Messagerie;

namespace Portrea.Tests.Infrastructure;

/// <summary>Reads what the host sent: the <c>.eml</c> files of the embedded mode, or a maildir filled by a test SMTP server.</summary>
public static partial class Courriels
{
    public static IReadOnlyList<MimeMessage> Lire(string dossier) =>
        !Directory.Exists(dossier)
            ? []
            : [.. Directory.EnumerateFiles(dossier, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(Path.GetDirectoryName(f)) != "tmp")
                .Select(f => MimeMessage.Load(f))];

    /// <summary>Waits for a message to <paramref name="email"/> in <paramref name="dossier"/> and returns the path of its link.</summary>
    public static async Task<string> AttendreLienAsync(string dossier, string email, TimeSpan? delai = null)
    {
        var message = await AttendreAsync(dossier, email, delai);
        return new Uri(Lien().Match(message.TextBody ?? "").Value).PathAndQuery;
    }

    public static async Task<MimeMessage> AttendreAsync(string dossier, string email, TimeSpan? delai = null)
    {
        var fin = DateTime.UtcNow + (delai ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var trouve = Lire(dossier).LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)));
            if (trouve is not null)
            {
                return trouve;
            }

            if (DateTime.UtcNow > fin)
            {
                throw new TimeoutException($"Aucun message pour {email} dans {dossier}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The outbox folder of the embedded mode for this test database.</summary>
    public static string BoiteEnvoi(BaseDeTest baseDeTest) => Path.Combine(baseDeTest.DossierDonnees, ExpediteurFichiersEml.Dossier);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Lien();
}
