namespace Portrea.Core.Messagerie;

/// <summary>
/// Settings of <c>Portrea:Smtp</c>. With no <see cref="Hote"/>, the embedded mode writes each message as an
/// <c>.eml</c> file in the data directory's <c>outbox</c> folder instead of sending it.
/// </summary>
public sealed class OptionsMessagerie
{
    public const string Section = "Portrea:Smtp";

    public string? Hote { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>auto</c>, <c>aucune</c> (plain, loopback relays only), <c>starttls</c> or <c>ssl</c>.</summary>
    public string Securite { get; set; } = "auto";

    public string? Utilisateur { get; set; }

    public string? MotDePasse { get; set; }

    public string Expediteur { get; set; } = "Portrea <ne-pas-repondre@portrea.localhost>";

    /// <summary>Seconds between two looks at the outbox.</summary>
    public double IntervalleSecondes { get; set; } = 5;

    /// <summary>Send attempts before a message is left aside with its last error.</summary>
    public int TentativesMaximum { get; set; } = 5;

    public bool SmtpConfigure => !string.IsNullOrWhiteSpace(Hote);
}
