using Portrea.Core.Lieux;

namespace Portrea.Core.Portraits;

/// <summary>The figures of a portrait. People at risk are summed over the communes with data; the others are counted, not zeroed.</summary>
public sealed record ResultatPortrait(
    double DistanceKm,
    double? PersonnesARisque,
    int CommunesAvecDonnees,
    int CommunesTotal,
    bool ContientEstimations,
    IReadOnlyList<BilanBesoin> Besoins,
    IReadOnlyList<CommunePrioritaire> Prioritaires,
    IReadOnlyList<SitesBesoin> Sites,
    IReadOnlyList<OffreLieu> Lieux,
    ScenarioPortrait Scenario)
{
    public BilanBesoin Bilan(CategorieBesoin besoin) => Besoins.First(b => b.Besoin == besoin);

    public SitesBesoin SitesPour(CategorieBesoin besoin) => Sites.First(s => s.Besoin == besoin);
}

/// <summary>
/// Supply against need for one need category. Supply counts the territory's own places; reach counts any place within
/// the distance, neighbours' included. Ratios are null where their denominator is missing or zero.
/// </summary>
public sealed record BilanBesoin(
    CategorieBesoin Besoin,
    int Lieux,
    int Services,
    double HeuresParSemaine,
    int ServicesHorairesDuLieu,
    int ServicesSansHeures,
    IReadOnlySet<DemiJournee> DemiJournees,
    double? HeuresPour1000,
    double? PersonnesParLieu,
    double? PersonnesAPortee,
    double? PartAPortee);

/// <summary>A commune ranked by unmet need, with the needs lacking help within reach and the nearest help for each.</summary>
public sealed record CommunePrioritaire(
    CommunePortrait Commune,
    double BesoinNonCouvert,
    IReadOnlyList<CategorieBesoin> BesoinsSansAide,
    IReadOnlyDictionary<CategorieBesoin, (string Lieu, double DistanceKm)?> PlusProches,
    string Pourquoi);

/// <summary>The greedy choice of communes to host a new permanence for one need, in the order picked.</summary>
public sealed record SitesBesoin(CategorieBesoin Besoin, double PersonnesNonAtteintes, IReadOnlyList<SiteRecommande> Communes);

/// <summary>A pick: the people at risk it brings within reach that no earlier pick did, and the reach share after it.</summary>
public sealed record SiteRecommande(CommunePortrait Commune, double PersonnesGagnees, IReadOnlyList<string> CommunesAtteintes, double? PartAPorteeApres);
