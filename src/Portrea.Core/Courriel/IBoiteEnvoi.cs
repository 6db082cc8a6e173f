namespace Portrea.Core.Courriel;

/// <summary>
/// Where features leave the e-mails they send; delivery (outbox, SMTP, retries) is the implementation's business. The
/// message joins the caller's unit of work: it is committed by the caller's next <c>SaveChanges</c>, with what it announces.
/// </summary>
public interface IBoiteEnvoi
{
    Task DeposerAsync(string destinataire, string sujet, string corpsTexte, CancellationToken ct);
}
