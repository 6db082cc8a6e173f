namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Hours of a typical week in structured form (for forms and PorTReA services): for each day, its opening ranges
/// sorted, with overlapping or touching ranges merged so that two equal weeks always compare equal.
/// </summary>
public sealed record SemaineHoraire
{
    /// <summary>Monday first, as French weeks are read.</summary>
    public static readonly IReadOnlyList<DayOfWeek> JoursDansLOrdre =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly PlageHoraire[][] jours;

    public SemaineHoraire(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<PlageHoraire>> plages)
    {
        jours = new PlageHoraire[7][];
        for (var j = 0; j < 7; j++)
        {
            jours[j] = plages.TryGetValue((DayOfWeek)j, out var duJour) ? [.. Fusionner(duJour)] : [];
        }
    }

    public static SemaineHoraire Fermee { get; } = new(new Dictionary<DayOfWeek, IReadOnlyList<PlageHoraire>>());

    public IReadOnlyList<PlageHoraire> this[DayOfWeek jour] => jours[(int)jour];

    public IEnumerable<DayOfWeek> JoursOuverts => JoursDansLOrdre.Where(j => jours[(int)j].Length > 0);

    public bool EstFermee => jours.All(j => j.Length == 0);

    public double HeuresParSemaine() => jours.Sum(j => j.Sum(p => p.DureeMinutes)) / 60.0;

    /// <summary>Returns a copy of this week where <paramref name="jour"/> has <paramref name="plages"/>.</summary>
    public SemaineHoraire Avec(DayOfWeek jour, params IReadOnlyList<PlageHoraire> plages)
    {
        var copie = JoursDansLOrdre.ToDictionary(j => j, j => (IReadOnlyList<PlageHoraire>)jours[(int)j]);
        copie[jour] = plages;
        return new SemaineHoraire(copie);
    }

    public bool Equals(SemaineHoraire? other) =>
        other is not null && Enumerable.Range(0, 7).All(j => jours[j].AsSpan().SequenceEqual(other.jours[j]));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var jour in jours)
        {
            foreach (var plage in jour)
            {
                hash.Add(plage);
            }

            hash.Add(-1);
        }

        return hash.ToHashCode();
    }

    public override string ToString() =>
        string.Join(" ; ", JoursDansLOrdre.Select(j => $"{j}: {string.Join(",", jours[(int)j])}"));

    internal static List<PlageHoraire> Fusionner(IEnumerable<PlageHoraire> plages)
    {
        var resultat = new List<PlageHoraire>();
        foreach (var plage in plages.OrderBy(p => p.DebutMinutes).ThenBy(p => p.FinMinutes))
        {
            if (resultat.Count > 0 && plage.DebutMinutes <= resultat[^1].FinMinutes)
            {
                var derniere = resultat[^1];
                resultat[^1] = new PlageHoraire(derniere.DebutMinutes, Math.Max(derniere.FinMinutes, plage.FinMinutes));
            }
            else
            {
                resultat.Add(plage);
            }
        }

        return resultat;
    }
}
