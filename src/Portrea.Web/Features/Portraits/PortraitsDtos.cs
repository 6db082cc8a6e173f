using Portrea.Core.Lieux;
using Portrea.Core.Portraits;

namespace Portrea.Web.Features.Portraits;

public sealed record PortraitDto(
    string Niveau,
    string Code,
    string Nom,
    double DistanceKm,
    double? PersonnesARisque,
    int CommunesAvecDonnees,
    int CommunesTotal,
    bool ContientEstimations,
    ScenarioDto Scenario,
    IReadOnlyList<BesoinDto> Besoins,
    IReadOnlyList<PrioritaireDto> CommunesPrioritaires,
    IReadOnlyList<SitesDto> NouvellesPermanences,
    IReadOnlyList<IndicateurPortraitDto> Indicateurs);

public sealed record ScenarioDto(IReadOnlyList<string> Ajouts, IReadOnlyList<string> Retraits);

public sealed record BesoinDto(
    string Besoin,
    string Libelle,
    int Lieux,
    int Services,
    double HeuresParSemaine,
    int ServicesHorairesDuLieu,
    int ServicesSansHeures,
    IReadOnlyList<string> DemiJournees,
    double? HeuresPour1000PersonnesARisque,
    double? PersonnesARisqueParLieu,
    double? PersonnesARisqueAPortee,
    double? PartAPortee);

public sealed record PrioritaireDto(string Code, string Nom, double? PersonnesARisque, bool Estime, double BesoinNonCouvert, IReadOnlyList<string> BesoinsSansAide, string Pourquoi);

public sealed record SitesDto(string Besoin, double PersonnesNonAtteintes, IReadOnlyList<SiteDto> Communes);

public sealed record SiteDto(string Code, string Nom, double PersonnesGagnees, double? PartAPorteeApres);

public sealed record IndicateurPortraitDto(string Code, string Libelle, double? Valeur, double? Estimation, string? Source, string? Millesime, string Formule);

public static class PortraitsMapping
{
    public static PortraitDto VersDto(this PortraitVue vue)
    {
        var r = vue.Resultat;
        return new PortraitDto(
            vue.Segment,
            vue.Code,
            vue.Nom,
            r.DistanceKm,
            r.PersonnesARisque,
            r.CommunesAvecDonnees,
            r.CommunesTotal,
            r.ContientEstimations,
            new ScenarioDto([.. r.Scenario.Ajouts.Select(a => a.Texte)], [.. r.Scenario.Retraits.Select(x => x.Texte)]),
            [.. r.Besoins.Select(b => new BesoinDto(
                b.Besoin.Code(), b.Besoin.Libelle(), b.Lieux, b.Services, b.HeuresParSemaine, b.ServicesHorairesDuLieu, b.ServicesSansHeures,
                [.. DemiJournee.Toutes.Where(b.DemiJournees.Contains).Select(d => $"{d.Jour.ToString().ToLowerInvariant()}-{(d.Matin ? "matin" : "apres-midi")}")],
                b.HeuresPour1000, b.PersonnesParLieu, b.PersonnesAPortee, b.PartAPortee))],
            [.. r.Prioritaires.Select(p => new PrioritaireDto(
                p.Commune.Code, p.Commune.Nom, p.Commune.PersonnesARisque, p.Commune.Estime, p.BesoinNonCouvert, [.. p.BesoinsSansAide.Select(b => b.Code())], p.Pourquoi))],
            [.. r.Sites.Select(s => new SitesDto(s.Besoin.Code(), s.PersonnesNonAtteintes,
                [.. s.Communes.Select(c => new SiteDto(c.Commune.Code, c.Commune.Nom, c.PersonnesGagnees, c.PartAPorteeApres))]))],
            [.. vue.Indicateurs.Select(i => new IndicateurPortraitDto(
                i.Definition.Code, i.Definition.Libelle, i.Valeur?.Valeur, i.Valeur?.Estimation?.Valeur, i.Valeur?.Source ?? i.Definition.Source,
                i.Valeur?.Millesime ?? i.Definition.Millesime, i.Definition.Numerateur))]);
    }
}
