using System.Globalization;
using Portrea.Core.Lieux;

namespace Portrea.Core.Portraits;

/// <summary>
/// The portrait's computations over loaded data, pure and deterministic (the same data give the same figures, in
/// the same order): supply by need, reach, priority communes, greedy siting, each after applying a what-if scenario.
/// </summary>
public static class CalculerPortrait
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Id of simulated places: negative, so that they never collide with a database id.</summary>
    private const int PremierIdSimule = -1;

    public static ResultatPortrait Calculer(DonneesPortrait donnees, OptionsPortraits options, ScenarioPortrait? scenario = null)
    {
        scenario ??= ScenarioPortrait.Aucun;
        var lieux = Appliquer(donnees, scenario);
        var communes = donnees.Communes;
        var distance = options.DistanceKm;
        var avecDonnees = communes.Where(c => c.PersonnesARisque is not null).ToList();
        double? total = avecDonnees.Count == 0 ? null : avecDonnees.Sum(c => c.PersonnesARisque!.Value);

        // For each commune and need, the nearest place offering it (within reach or not), computed once.
        var plusProches = communes.ToDictionary(c => c.Code, c => PlusProches(c, lieux), StringComparer.Ordinal);
        bool APortee(CommunePortrait c, CategorieBesoin b) => plusProches[c.Code][b] is { } p && p.DistanceKm <= distance;

        var bilans = CategorieBesoinTexte.Toutes.Select(b => Bilan(b, lieux, avecDonnees, total, c => APortee(c, b))).ToList();
        var prioritaires = Prioritaires(communes, options, plusProches, APortee);
        var sites = CategorieBesoinTexte.Toutes
            .Select(b => ChoisirSites.Choisir(b, communes, c => APortee(c, b), total, distance, options.NombreSites))
            .ToList();
        return new ResultatPortrait(distance, total, avecDonnees.Count, communes.Count, avecDonnees.Any(c => c.Estime),
            bilans, prioritaires, sites, lieux, scenario);
    }

    /// <summary>The places once the scenario is applied: removed needs taken out, added permanences placed at their commune's centre.</summary>
    public static IReadOnlyList<OffreLieu> Appliquer(DonneesPortrait donnees, ScenarioPortrait scenario)
    {
        var lieux = donnees.Lieux
            .Select(l => scenario.Retraits.Any(r => r.LieuId == l.LieuId)
                ? l with { Services = [.. l.Services.Where(s => !scenario.Retraits.Any(r => r.LieuId == l.LieuId && r.Besoin == s.Besoin))] }
                : l)
            .ToList();
        var id = PremierIdSimule;
        foreach (var ajout in scenario.Ajouts)
        {
            var commune = donnees.Communes.FirstOrDefault(c => c.Code == ajout.CommuneCode);
            if (commune is null)
            {
                continue;
            }

            lieux.Add(new OffreLieu(id--, $"Nouvelle permanence à {commune.Nom}", commune.Code, commune.Latitude, commune.Longitude, true,
                [new OffreService(ajout.Besoin, "Permanence simulée", ajout.HeuresParSemaine, false, new HashSet<DemiJournee>())], Simule: true));
        }

        return lieux;
    }

    private static Dictionary<CategorieBesoin, (string Lieu, double DistanceKm)?> PlusProches(CommunePortrait commune, IReadOnlyList<OffreLieu> lieux)
    {
        var resultat = CategorieBesoinTexte.Toutes.ToDictionary(b => b, _ => ((string, double)?)null);
        if (commune.Latitude is not { } lat || commune.Longitude is not { } lon)
        {
            return resultat;
        }

        foreach (var lieu in lieux)
        {
            if (lieu.Latitude is not { } llat || lieu.Longitude is not { } llon || lieu.Services.Count == 0)
            {
                continue;
            }

            var d = Distances.Haversine(lat, lon, llat, llon);
            foreach (var besoin in lieu.Services.Select(s => s.Besoin).Distinct())
            {
                if (resultat[besoin] is not { } actuel || d < actuel.Item2)
                {
                    resultat[besoin] = (lieu.Nom, d);
                }
            }
        }

        return resultat;
    }

    private static BilanBesoin Bilan(
        CategorieBesoin besoin, IReadOnlyList<OffreLieu> lieux, IReadOnlyList<CommunePortrait> avecDonnees, double? total, Func<CommunePortrait, bool> aPortee)
    {
        var services = lieux.Where(l => l.DansTerritoire).SelectMany(l => l.Services.Where(s => s.Besoin == besoin).Select(s => (Lieu: l, Service: s))).ToList();
        var nombreLieux = services.Select(s => s.Lieu.LieuId).Distinct().Count();
        var heures = services.Sum(s => s.Service.HeuresParSemaine ?? 0);
        var demiJournees = services.SelectMany(s => s.Service.DemiJournees).ToHashSet();
        double? atteints = total is null ? null : avecDonnees.Where(aPortee).Sum(c => c.PersonnesARisque!.Value);
        return new BilanBesoin(
            besoin,
            nombreLieux,
            services.Count,
            heures,
            services.Count(s => s.Service.HeuresDuLieu),
            services.Count(s => s.Service.HeuresParSemaine is null),
            demiJournees,
            total is > 0 ? heures / total.Value * 1000 : null,
            total is not null && nombreLieux > 0 ? total.Value / nombreLieux : null,
            atteints,
            total is > 0 ? atteints / total.Value : null);
    }

    private static List<CommunePrioritaire> Prioritaires(
        IReadOnlyList<CommunePortrait> communes,
        OptionsPortraits options,
        Dictionary<string, Dictionary<CategorieBesoin, (string Lieu, double DistanceKm)?>> plusProches,
        Func<CommunePortrait, CategorieBesoin, bool> aPortee)
    {
        var sommePoids = CategorieBesoinTexte.Toutes.Sum(options.Poids);
        var liste = new List<CommunePrioritaire>();
        foreach (var commune in communes.Where(c => c.PersonnesARisque is > 0 && c.Latitude is not null && c.Longitude is not null))
        {
            var sansAide = CategorieBesoinTexte.Toutes.Where(b => !aPortee(commune, b)).ToList();
            var nonCouvert = sommePoids > 0 ? commune.PersonnesARisque!.Value * sansAide.Sum(options.Poids) / sommePoids : 0;
            if (nonCouvert <= 0)
            {
                continue;
            }

            var proches = plusProches[commune.Code];
            liste.Add(new CommunePrioritaire(commune, nonCouvert, sansAide, proches, Pourquoi(commune, sansAide, proches, options.DistanceKm)));
        }

        return [.. liste.OrderByDescending(p => p.BesoinNonCouvert).ThenBy(p => p.Commune.Code, StringComparer.Ordinal).Take(options.NombrePrioritaires)];
    }

    private static string Pourquoi(
        CommunePortrait commune, IReadOnlyList<CategorieBesoin> sansAide, Dictionary<CategorieBesoin, (string Lieu, double DistanceKm)?> proches, double distanceKm)
    {
        var personnes = Math.Round(commune.PersonnesARisque!.Value).ToString("N0", Francais);
        var texte = $"{personnes} personnes à risque{(commune.Estime ? " (estimation)" : "")} ; aucune aide à moins de {distanceKm.ToString("0.#", Francais)} km pour "
            + (sansAide.Count == CategorieBesoinTexte.Toutes.Count ? "aucun des cinq besoins" : $"{sansAide.Count} besoin{(sansAide.Count > 1 ? "s" : "")} sur 5 : {string.Join(", ", sansAide.Select(b => b.Libelle().ToLower(Francais)))}");
        var distances = sansAide
            .Select(b => proches[b] is { } p ? $"{b.Libelle().ToLower(Francais)} à {p.DistanceKm.ToString("0.0", Francais)} km ({p.Lieu})" : null)
            .OfType<string>()
            .ToList();
        return texte + (distances.Count > 0 ? $". Aide la plus proche : {string.Join(" ; ", distances)}." : ". Aucune aide connue pour ces besoins dans les environs.");
    }
}
