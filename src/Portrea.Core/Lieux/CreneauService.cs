using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Lieux;

/// <summary>
/// One weekday of a service's schedule: its frequency, opening and closing times and optional lunch break, in minutes
/// after midnight (Paris time). Times are null when the day is on appointment only.
/// </summary>
public sealed class CreneauService
{
    public int Id { get; set; }
    public int ServiceLieuId { get; set; }
    public DayOfWeek Jour { get; set; }
    public FrequencePlanning Frequence { get; set; }

    /// <summary>Free precision of the frequency (« 2e et 4e mardis », « hors vacances scolaires »).</summary>
    public string? PrecisionFrequence { get; set; }
    public int? OuvertureMinutes { get; set; }
    public int? FermetureMinutes { get; set; }

    /// <summary>Closed between these times when set (PorTReA <c>&lt;jour&gt;_ouverture_pause_dej</c> false).</summary>
    public int? PauseDebutMinutes { get; set; }
    public int? PauseFinMinutes { get; set; }

    public JourPlanning VersPlanning() => new(
        Jour,
        Frequence,
        OuvertureMinutes is { } o && FermetureMinutes is { } f ? new PlageHoraire(o, f) : null,
        PauseDebutMinutes is { } d && PauseFinMinutes is { } p ? new PlageHoraire(d, p) : null);

    public static CreneauService Depuis(JourPlanning jour) => new()
    {
        Jour = jour.Jour,
        Frequence = jour.Frequence,
        OuvertureMinutes = jour.Amplitude?.DebutMinutes,
        FermetureMinutes = jour.Amplitude?.FinMinutes,
        PauseDebutMinutes = jour.Pause?.DebutMinutes,
        PauseFinMinutes = jour.Pause?.FinMinutes,
    };
}
