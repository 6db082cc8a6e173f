namespace Portrea.Core.Messagerie;

/// <summary>
/// An e-mail waiting in the database outbox, so that any instance can send it and none sends it twice: a sender
/// claims it by setting <see cref="ReserveJusquA"/> in one conditional update before sending.
/// </summary>
public sealed class MessageSortant
{
    public int Id { get; set; }
    public required string Destinataire { get; set; }
    public required string Sujet { get; set; }
    public required string Corps { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime? ReserveJusquA { get; set; }
    public string? ReservePar { get; set; }
    public DateTime? EnvoyeLe { get; set; }
    public int Tentatives { get; set; }
    public string? DerniereErreur { get; set; }

    /// <summary>When the mail server refused the message for good (5xx reply): it is not retried (a bounce).</summary>
    public DateTime? RefuseLe { get; set; }
}
