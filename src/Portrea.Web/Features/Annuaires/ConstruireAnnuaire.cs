using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Core.Portraits;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Annuaires;

/// <summary>
/// Builds the directory of a commune (its places, then those within reach of it, nearest first) or of an EPCI (its
/// places). Private contacts never leave the database: only contacts marked public are read.
/// </summary>
public sealed class ConstruireAnnuaire(PortreaDbContext db, IOptions<OptionsPortraits> options, TimeProvider horloge)
{
    public async Task<AnnuaireVue?> ConstruireAsync(NiveauTerritoire niveau, string code, CancellationToken ct)
    {
        string nom, nature, segment;
        List<Commune> communes;
        if (niveau == NiveauTerritoire.Epci)
        {
            var epci = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Siren == code, ct);
            if (epci is null)
            {
                return null;
            }

            (nom, nature, segment) = (epci.Nom, "intercommunalité", "epci");
            communes = await db.Communes.AsNoTracking().Where(c => c.EpciSiren == code).ToListAsync(ct);
        }
        else
        {
            var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
            if (commune is null)
            {
                return null;
            }

            (nom, nature, segment) = (commune.Nom, "commune", "communes");
            communes = [commune];
        }

        var codes = communes.Select(c => c.Code).ToList();
        var lieux = await db.Lieux.AsNoTracking().Where(l => !l.Brouillon)
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Contacts.Where(c => c.Public))
            .AsSplitQuery()
            .Where(l => l.CommuneCode != null && codes.Contains(l.CommuneCode))
            .ToListAsync(ct);
        var centre = niveau == NiveauTerritoire.Commune ? communes[0] : null;
        if (centre is { Latitude: { } lat, Longitude: { } lon })
        {
            lieux.AddRange(await VoisinsAsync(lat, lon, codes, ct));
        }

        double? Distance(Lieu l) => centre is { Latitude: { } a, Longitude: { } b } && l.Latitude is { } c && l.Longitude is { } d ? Distances.Haversine(a, b, c, d) : null;
        var rubriques = CategorieBesoinTexte.Toutes.Select(besoin => new RubriqueAnnuaire(besoin, [.. lieux
            .Where(l => l.Services.Any(s => s.Categorie == besoin))
            .Select(l => Entree(l, besoin, codes.Contains(l.CommuneCode ?? "") ? (niveau == NiveauTerritoire.Commune ? 0 : null) : Distance(l)))
            .OrderBy(e => e.DistanceKm ?? 0).ThenBy(e => e.Commune, StringComparer.Ordinal).ThenBy(e => e.Nom, StringComparer.Ordinal)]))
            .ToList();
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(horloge.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        return new AnnuaireVue(segment, code, nom, nature, date, rubriques);
    }

    private async Task<List<Lieu>> VoisinsAsync(double lat, double lon, List<string> codes, CancellationToken ct)
    {
        var km = options.Value.DistanceKm;
        var dLat = km / 111.0;
        var dLon = dLat / Math.Max(Math.Cos(lat * Math.PI / 180), 0.1);
        var proches = await db.Lieux.AsNoTracking().Where(l => !l.Brouillon)
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Contacts.Where(c => c.Public))
            .AsSplitQuery()
            .Where(l => (l.CommuneCode == null || !codes.Contains(l.CommuneCode))
                && l.Latitude >= lat - dLat && l.Latitude <= lat + dLat && l.Longitude >= lon - dLon && l.Longitude <= lon + dLon)
            .ToListAsync(ct);
        return [.. proches.Where(l => Distances.Haversine(lat, lon, l.Latitude!.Value, l.Longitude!.Value) <= km)];
    }

    private static EntreeAnnuaire Entree(Lieu lieu, CategorieBesoin besoin, double? distance)
    {
        var services = lieu.Services.Where(s => s.Categorie == besoin).OrderBy(s => s.Nom, StringComparer.Ordinal).ToList();
        var horaires = services.Where(s => s.Creneaux.Count > 0).Select(s => $"{s.Nom} : {s.Planning().ToOsm().EnFrancais()}").ToList();
        if (horaires.Count == 0 && lieu.Horaires is not null && HorairesOsm.TryAnalyser(lieu.Horaires, out var osm, out _))
        {
            horaires.Add($"Heures d'ouverture du lieu : {osm.EnFrancais()}");
        }

        return new EntreeAnnuaire(
            lieu.Nom,
            string.Join(", ", new[] { lieu.Adresse, lieu.ComplementAdresse }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"{lieu.CodePostal} {lieu.Commune}",
            distance,
            [.. services.Select(s => s.Nom).Distinct()],
            horaires,
            lieu.Telephone,
            [.. lieu.Courriels.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            lieu.SiteWeb.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(),
            [.. lieu.Contacts.Where(c => c.Public).Select(c => string.Join(" ", new[] { c.Nom, c.Fonction is null ? null : $"({c.Fonction})", c.Telephone, c.Courriel }.Where(t => !string.IsNullOrWhiteSpace(t))))],
            lieu.FraisACharge.Split('|').Any(f => f.Trim() == "Gratuit"));
    }
}
