using Portrea.Core.Lieux;

namespace Portrea.Core.Portraits;

/// <summary>
/// Everything a portrait is computed from, already loaded: the territory's communes with their people at risk, and
/// the places near enough to matter (inside the territory or within reach of one of its communes).
/// </summary>
public sealed record DonneesPortrait(IReadOnlyList<CommunePortrait> Communes, IReadOnlyList<OffreLieu> Lieux);

/// <summary>
/// A commune of the territory. <see cref="PersonnesARisque"/> is null when the indicator has no value for it (never
/// zero); <see cref="Estime"/> says it is the indicator's estimate rather than its value.
/// </summary>
public sealed record CommunePortrait(
    string Code,
    string Nom,
    double? Latitude,
    double? Longitude,
    int? Population,
    double? PersonnesARisque,
    bool Estime);

/// <summary>A place and its services. <see cref="DansTerritoire"/> is false for a neighbour's place that still brings help within reach.</summary>
public sealed record OffreLieu(
    int LieuId,
    string Nom,
    string? CommuneCode,
    double? Latitude,
    double? Longitude,
    bool DansTerritoire,
    IReadOnlyList<OffreService> Services,
    string Labels = "",
    bool Simule = false);

/// <summary>
/// A service of a place. <see cref="HeuresParSemaine"/> is null when neither the service nor the place has hours;
/// <see cref="HeuresDuLieu"/> says the hours (and half-days) are the place's opening hours, the service having none.
/// </summary>
public sealed record OffreService(
    CategorieBesoin Besoin,
    string Nom,
    double? HeuresParSemaine,
    bool HeuresDuLieu,
    IReadOnlySet<DemiJournee> DemiJournees);

/// <summary>A half-day of the week, Monday to Saturday, morning or afternoon.</summary>
public readonly record struct DemiJournee(DayOfWeek Jour, bool Matin)
{
    /// <summary>Mornings end and afternoons begin at 13:00 (minutes after midnight).</summary>
    public const int Midi = 13 * 60;

    public static readonly IReadOnlyList<DayOfWeek> Jours =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    public static readonly IReadOnlyList<DemiJournee> Toutes =
        [.. Jours.SelectMany(j => new[] { new DemiJournee(j, true), new DemiJournee(j, false) })];
}
