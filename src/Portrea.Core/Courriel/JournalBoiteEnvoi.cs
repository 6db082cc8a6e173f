using Microsoft.Extensions.Logging;

namespace Portrea.Core.Courriel;

/// <summary>
/// Default outbox until e-mail delivery is configured: the message is written to the log (without its body, which may
/// quote personal data), so nothing a feature sends is silently dropped.
/// </summary>
public sealed partial class JournalBoiteEnvoi(ILogger<JournalBoiteEnvoi> logger) : IBoiteEnvoi
{
    public Task DeposerAsync(string destinataire, string sujet, string corpsTexte, CancellationToken ct)
    {
        Journaliser(logger, destinataire, sujet, corpsTexte.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Courriel à envoyer à {Destinataire} : « {Sujet} » ({Longueur} caractères)")]
    private static partial void Journaliser(ILogger logger, string destinataire, string sujet, int longueur);
}
