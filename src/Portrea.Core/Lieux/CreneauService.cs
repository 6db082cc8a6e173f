namespace Portrea.Core.Lieux;

/// <summary>One weekday of a service's schedule, with its frequency and optional lunch break (times in minutes after midnight, Paris time).</summary>
public sealed class CreneauService
{
    public int Id { get; set; }
    public int ServiceLieuId { get; set; }
    public DayOfWeek Jour { get; set; }
    public FrequenceCreneau Frequence { get; set; }

    /// <summary>Free precision of the frequency (« 2e et 4e mardis », « hors vacances scolaires »).</summary>
    public string? PrecisionFrequence { get; set; }
    public int OuvertureMinutes { get; set; }
    public int FermetureMinutes { get; set; }

    /// <summary>Closed between these times when set (PorTReA <c>&lt;jour&gt;_ouverture_pause_dej</c> false).</summary>
    public int? PauseDebutMinutes { get; set; }
    public int? PauseFinMinutes { get; set; }

    public double HeuresDuJour =>
        Math.Max(0, FermetureMinutes - OuvertureMinutes
            - (PauseDebutMinutes is { } d && PauseFinMinutes is { } f ? Math.Max(0, f - d) : 0)) / 60.0;
}
