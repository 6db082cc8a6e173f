using System.Diagnostics.CodeAnalysis;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Orientation;

public enum DemiJournee
{
    Matin,
    ApresMidi,
}

/// <summary>A half-day of the week when the person can go to a place (« mardi matin »).</summary>
public readonly record struct Disponibilite(DayOfWeek Jour, DemiJournee DemiJournee)
{
    private static readonly string[] Jours = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <summary>
    /// Morning is up to 12:30 and afternoon from then on, as people say it; a place counts as open on a half-day when
    /// it is open at least <see cref="MinutesMinimum"/> minutes in it, so that a 12:00 closing does not make an afternoon.
    /// </summary>
    public PlageHoraire Fenetre => DemiJournee == DemiJournee.Matin ? new PlageHoraire(6 * 60, (12 * 60) + 30) : new PlageHoraire((12 * 60) + 30, 20 * 60);

    public const int MinutesMinimum = 60;

    /// <summary>Every half-day of the week, Monday morning first.</summary>
    public static IReadOnlyList<Disponibilite> Toutes { get; } =
        [.. SemaineHoraire.JoursDansLOrdre.SelectMany(j => new[] { new Disponibilite(j, DemiJournee.Matin), new Disponibilite(j, DemiJournee.ApresMidi) })];

    public string Code => $"{Jours[(int)Jour]}-{(DemiJournee == DemiJournee.Matin ? "matin" : "apresmidi")}";

    /// <summary>« le mardi matin ».</summary>
    public string EnFrancais => $"le {Jours[(int)Jour]} {(DemiJournee == DemiJournee.Matin ? "matin" : "après-midi")}";

    public string NomJour => Jours[(int)Jour];

    public bool Couvre(IEnumerable<PlageHoraire> plages)
    {
        var fenetre = Fenetre;
        return plages.Sum(p => Math.Max(0, Math.Min(p.FinMinutes, fenetre.FinMinutes) - Math.Max(p.DebutMinutes, fenetre.DebutMinutes))) >= MinutesMinimum;
    }

    /// <summary>Reads <c>mardi-matin</c>, <c>mardi-apresmidi</c> or <c>mardi-apres-midi</c>, accents optional.</summary>
    public static bool TryParse(string? texte, [NotNullWhen(true)] out Disponibilite? disponibilite)
    {
        disponibilite = null;
        var t = texte?.Trim().ToLowerInvariant().Replace("è", "e", StringComparison.Ordinal).Replace("é", "e", StringComparison.Ordinal);
        var tiret = t?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (t is null || tiret < 0)
        {
            return false;
        }

        var jour = Array.IndexOf(Jours, t[..tiret]);
        DemiJournee? demi = t[(tiret + 1)..] switch
        {
            "matin" => DemiJournee.Matin,
            "apresmidi" or "apres-midi" => DemiJournee.ApresMidi,
            _ => null,
        };
        if (jour < 0 || demi is null)
        {
            return false;
        }

        disponibilite = new Disponibilite((DayOfWeek)jour, demi.Value);
        return true;
    }
}
