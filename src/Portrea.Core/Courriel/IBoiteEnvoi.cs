namespace Portrea.Core.Courriel;

/// <summary>Where features leave the e-mails they send; delivery (outbox, SMTP, retries) is the implementation's business.</summary>
public interface IBoiteEnvoi
{
    Task DeposerAsync(string destinataire, string sujet, string corpsTexte, CancellationToken ct);
}
