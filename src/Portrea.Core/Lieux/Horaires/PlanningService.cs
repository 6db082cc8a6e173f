namespace Portrea.Core.Lieux.Horaires;

/// <summary>How often a PorTReA service is held on a weekday.</summary>
public enum FrequencePlanning
{
    ChaqueSemaine,

    /// <summary>Odd ISO weeks (<c>week 01-53/2</c>).</summary>
    SemainesImpaires,

    /// <summary>Even ISO weeks (<c>week 02-52/2</c>).</summary>
    SemainesPaires,

    /// <summary>First such weekday of the month (<c>Mo[1]</c>).</summary>
    PremierDuMois,

    /// <summary>Last such weekday of the month (<c>Mo[-1]</c>).</summary>
    DernierDuMois,

    /// <summary>No fixed hours (<c>Mo unknown "sur rendez-vous"</c>).</summary>
    SurRendezVous,
}

/// <summary>One weekday of a service schedule: its frequency, opening to closing, and an optional lunch break.</summary>
public sealed record JourPlanning
{
    public JourPlanning(DayOfWeek jour, FrequencePlanning frequence, PlageHoraire? amplitude = null, PlageHoraire? pause = null)
    {
        if (frequence == FrequencePlanning.SurRendezVous && (amplitude is not null || pause is not null))
        {
            throw new ArgumentException("Un jour sur rendez-vous n'a pas d'horaires fixes.", nameof(amplitude));
        }

        if (frequence != FrequencePlanning.SurRendezVous && amplitude is null)
        {
            throw new ArgumentException("L'heure d'ouverture et de fermeture est obligatoire.", nameof(amplitude));
        }

        if (pause is { } p && amplitude is { } a && (p.DebutMinutes <= a.DebutMinutes || p.FinMinutes >= a.FinMinutes))
        {
            throw new ArgumentException($"La pause {p} doit être comprise dans les horaires {a}.", nameof(pause));
        }

        Jour = jour;
        Frequence = frequence;
        Amplitude = amplitude;
        Pause = pause;
    }

    public DayOfWeek Jour { get; }

    public FrequencePlanning Frequence { get; }

    /// <summary>Opening to closing time; null when on appointment.</summary>
    public PlageHoraire? Amplitude { get; }

    public PlageHoraire? Pause { get; }

    /// <summary>Hours on a day the service is held (amplitude minus lunch break).</summary>
    public double HeuresParOccurrence => ((Amplitude?.DureeMinutes ?? 0) - (Pause?.DureeMinutes ?? 0)) / 60.0;

    /// <summary>
    /// Share of weeks the service is held: every other week counts 1/2; a first or last weekday of the month, held
    /// 12 times a year, counts 12/52 of a week.
    /// </summary>
    public double PoidsHebdomadaire => Frequence switch
    {
        FrequencePlanning.ChaqueSemaine => 1,
        FrequencePlanning.SemainesImpaires or FrequencePlanning.SemainesPaires => 0.5,
        FrequencePlanning.PremierDuMois or FrequencePlanning.DernierDuMois => 12.0 / 52,
        _ => 0,
    };

    internal IEnumerable<PlageHoraire> Plages => Amplitude is not { } a ? []
        : Pause is { } p ? [new(a.DebutMinutes, p.DebutMinutes), new(p.FinMinutes, a.FinMinutes)]
        : [a];
}

/// <summary>
/// The schedule of a PorTReA service (permanence, workshop): per weekday a frequency and hours, convertible to and
/// from OSM <c>opening_hours</c>.
/// </summary>
public sealed record PlanningService(IReadOnlyList<JourPlanning> Jours)
{
    /// <summary>
    /// Average hours per week the schedule represents (every other week counts half, first/last of the month 12/52);
    /// null when no day has fixed hours (only appointments), since zero would be wrong.
    /// </summary>
    public double? HeuresMoyennesParSemaine() =>
        Jours.Any(j => j.Frequence != FrequencePlanning.SurRendezVous) ? Jours.Sum(j => j.HeuresParOccurrence * j.PoidsHebdomadaire) : null;

    public HorairesOsm ToOsm()
    {
        if (Jours.Count == 0)
        {
            return HorairesOsm.Analyser("off");
        }

        var regles = Jours
            .OrderBy(j => j.Frequence)
            .ThenBy(j => ((int)j.Jour + 6) % 7)
            .GroupBy(j => (j.Frequence, Plages: string.Join(",", j.Plages)))
            .Select(g => Regle(g.Key.Frequence, g.Select(j => j.Jour), g.Key.Plages));
        return HorairesOsm.Analyser(string.Join("; ", regles));
    }

    public static PlanningService FromOsm(HorairesOsm horaires) =>
        ConversionPlanning.Depuis(horaires);

    public static bool TryFromOsm(HorairesOsm horaires, out PlanningService? planning, out string? erreur)
    {
        try
        {
            planning = ConversionPlanning.Depuis(horaires);
            erreur = null;
            return true;
        }
        catch (FormatException e)
        {
            planning = null;
            erreur = e.Message;
            return false;
        }
    }

    private static string Regle(FrequencePlanning frequence, IEnumerable<DayOfWeek> jours, string plages)
    {
        var vide = new Dictionary<DayOfWeek, IReadOnlyList<int>>();
        var liste = jours.ToList();
        return frequence switch
        {
            FrequencePlanning.ChaqueSemaine => $"{new SelecteurJours(liste.ToHashSet(), vide, false)} {plages}",
            FrequencePlanning.SemainesImpaires => $"week 01-53/2 {new SelecteurJours(liste.ToHashSet(), vide, false)} {plages}",
            FrequencePlanning.SemainesPaires => $"week 02-52/2 {new SelecteurJours(liste.ToHashSet(), vide, false)} {plages}",
            FrequencePlanning.PremierDuMois => $"{string.Join(",", liste.Select(j => SelecteurJours.Noms[(int)j] + "[1]"))} {plages}",
            FrequencePlanning.DernierDuMois => $"{string.Join(",", liste.Select(j => SelecteurJours.Noms[(int)j] + "[-1]"))} {plages}",
            _ => $"{new SelecteurJours(liste.ToHashSet(), vide, false)} unknown \"sur rendez-vous\"",
        };
    }
}
