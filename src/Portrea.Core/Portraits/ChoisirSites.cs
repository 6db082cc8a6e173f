using Portrea.Core.Lieux;

namespace Portrea.Core.Portraits;

/// <summary>
/// Greedy maximal coverage: each pick is the commune whose centre would bring the most people at risk not yet within
/// reach of help for the need within the distance. Greedy is within 1 − 1/e of the best choice of that many communes
/// and, unlike an exact solver, explains itself one pick at a time.
/// </summary>
public static class ChoisirSites
{
    public static SitesBesoin Choisir(
        CategorieBesoin besoin, IReadOnlyList<CommunePortrait> communes, Func<CommunePortrait, bool> aPortee, double? total, double distanceKm, int nombre)
    {
        var localisees = communes.Where(c => c.Latitude is not null && c.Longitude is not null).ToList();
        var nonAtteintes = localisees.Where(c => c.PersonnesARisque is > 0 && !aPortee(c)).ToList();
        var restantes = nonAtteintes.ToHashSet();
        double? atteints = total is null ? null : communes.Where(c => c.PersonnesARisque is not null && aPortee(c)).Sum(c => c.PersonnesARisque!.Value);
        var choix = new List<SiteRecommande>();
        while (choix.Count < nombre && restantes.Count > 0)
        {
            CommunePortrait? meilleure = null;
            var meilleurGain = 0.0;
            List<CommunePortrait> meilleures = [];
            foreach (var candidate in localisees.OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                var atteintes = restantes.Where(r => Distances.Haversine(candidate.Latitude!.Value, candidate.Longitude!.Value, r.Latitude!.Value, r.Longitude!.Value) <= distanceKm).ToList();
                var gain = atteintes.Sum(r => r.PersonnesARisque!.Value);
                if (gain > meilleurGain)
                {
                    (meilleure, meilleurGain, meilleures) = (candidate, gain, atteintes);
                }
            }

            if (meilleure is null)
            {
                break;
            }

            restantes.ExceptWith(meilleures);
            atteints += meilleurGain;
            choix.Add(new SiteRecommande(meilleure, meilleurGain, [.. meilleures.OrderBy(c => c.Nom, StringComparer.Ordinal).Select(c => c.Nom)],
                total is > 0 ? atteints / total.Value : null));
        }

        return new SitesBesoin(besoin, nonAtteintes.Sum(c => c.PersonnesARisque!.Value), choix);
    }
}
