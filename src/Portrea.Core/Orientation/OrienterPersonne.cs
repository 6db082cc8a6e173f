using Microsoft.EntityFrameworkCore;
using Portrea.Core.Geo;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;

namespace Portrea.Core.Orientation;

/// <summary>
/// Ranks the places that offer the requested need within the radius: first by fit (fewest criteria known to fail,
/// then fewest that cannot be checked), then by distance, then by name. Reads the same data and hours engine as the
/// place list and the map; nothing is written.
/// </summary>
public static class OrienterPersonne
{
    public static async Task<ResultatOrientation> ExecuterAsync(PortreaDbContext db, DemandeOrientation demande, TimeProvider horloge, CancellationToken ct)
    {
        var depart = demande.Depart;
        var (latMin, latMax, lonMin, lonMax) = Distances.Boite(depart.Latitude, depart.Longitude, demande.RayonKm);

        // Places without coordinates are placed at their commune's reference point, said to be approximate.
        var centres = await db.Communes.AsNoTracking()
            .Where(c => c.Latitude >= latMin && c.Latitude <= latMax && c.Longitude >= lonMin && c.Longitude <= lonMax)
            .Select(c => new { c.Code, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value })
            .ToDictionaryAsync(c => c.Code, ct);
        var codes = centres.Keys.ToList();
        var lieux = await RechercherLieux.Filtrer(db, new FiltresLieux { Besoin = demande.Besoin })
            .Where(l => (l.Latitude != null && l.Longitude != null && l.Latitude >= latMin && l.Latitude <= latMax && l.Longitude >= lonMin && l.Longitude <= lonMax)
                || ((l.Latitude == null || l.Longitude == null) && l.CommuneCode != null && codes.Contains(l.CommuneCode)))
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Structure)
            .AsSplitQuery()
            .ToListAsync(ct);

        var maintenant = HeureDeParis.Maintenant(horloge);
        var evalues = new List<EvaluerLieu.Criteres>();
        foreach (var lieu in lieux.Where(l => !AccesLieu.NAccueillePasDePublic(l)))
        {
            var (distance, approchee) = lieu.Latitude is { } lat && lieu.Longitude is { } lon
                ? (Distances.Kilometres(depart.Latitude, depart.Longitude, lat, lon), false)
                : centres.TryGetValue(lieu.CommuneCode!, out var centre)
                    ? (Distances.Kilometres(depart.Latitude, depart.Longitude, centre.Latitude, centre.Longitude), true)
                    : (double.PositiveInfinity, true);
            if (distance <= demande.RayonKm)
            {
                evalues.Add(EvaluerLieu.EvaluerCriteres(lieu, demande, distance, approchee, maintenant));
            }
        }

        var classes = evalues
            .OrderBy(p => p.Manques.Count)
            .ThenBy(p => p.NonRenseignes.Count)
            .ThenBy(p => p.DistanceKm)
            .ThenBy(p => p.Lieu.Nom, StringComparer.Ordinal)
            .ThenBy(p => p.Lieu.Identifiant, StringComparer.Ordinal)
            .Take(demande.Nombre)
            .Select(p => EvaluerLieu.Completer(p, demande, maintenant))
            .ToList();
        return new ResultatOrientation(demande, classes, evalues.Count);
    }

    /// <summary>One place evaluated against the request, for its orientation sheet (null when it does not offer the need).</summary>
    public static async Task<LieuPropose?> EvaluerUnLieuAsync(PortreaDbContext db, DemandeOrientation demande, string identifiant, TimeProvider horloge, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking()
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Structure)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Identifiant == identifiant && !l.Brouillon, ct);
        if (lieu is null)
        {
            return null;
        }

        var depart = demande.Depart;
        var (lat, lon, approchee) = lieu.Latitude is { } la && lieu.Longitude is { } lo ? (la, lo, false)
            : await db.Communes.AsNoTracking().Where(c => c.Code == lieu.CommuneCode && c.Latitude != null && c.Longitude != null)
                .Select(c => new { c.Latitude, c.Longitude }).FirstOrDefaultAsync(ct) is { } c
                ? (c.Latitude!.Value, c.Longitude!.Value, true)
                : (depart.Latitude, depart.Longitude, true);
        return EvaluerLieu.Evaluer(lieu, demande, Distances.Kilometres(depart.Latitude, depart.Longitude, lat, lon), approchee, HeureDeParis.Maintenant(horloge));
    }
}
