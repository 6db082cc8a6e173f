using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public static class TerritoiresApi
{
    public static RouteGroupBuilder MapTerritoiresApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/territoires").WithTags("Territoires");

        group.MapGet("/regions", ListerRegions).WithName("ListerRegions").WithSummary("Régions chargées");
        group.MapGet("/departements", ListerDepartements).WithName("ListerDepartements").WithSummary("Départements, avec leur population");
        group.MapGet("/departements/{code}", ObtenirDepartement).WithName("ObtenirDepartement").WithSummary("Un département");
        group.MapGet("/epci", ListerEpci).WithName("ListerEpci").WithSummary("EPCI, filtrables par département");
        group.MapGet("/epci/{siren}", ObtenirEpci).WithName("ObtenirEpci").WithSummary("Un EPCI, identifié par son SIREN");
        group.MapGet("/communes", ListerCommunes).WithName("ListerCommunes").WithSummary("Communes, filtrables par EPCI ou département");
        group.MapGet("/communes/{code}", ObtenirCommune).WithName("ObtenirCommune").WithSummary("Une commune, par son code INSEE (les anciens codes renvoient à la commune actuelle)");
        group.MapGet("/recherche", Rechercher).WithName("RechercherTerritoires").WithSummary("Communes (par nom ou code postal) et EPCI (par nom)")
            .AvecCache(TimeSpan.FromMinutes(10));
        group.MapGet("/{niveau}/{code}/contour", ObtenirContour).WithName("ObtenirContour").WithSummary("Contour GeoJSON d'un territoire (WGS84)");
        return group;
    }

    private static async Task<Results<Ok<PageResultat<RegionDto>>, ProblemHttpResult>> ListerRegions(
        PortreaDbContext db, int? page, int? taille, CancellationToken ct)
    {
        if (!Pagination.TryCreer(page, taille, out var pagination, out var erreur))
        {
            return (ProblemHttpResult)erreur!;
        }

        var resumes = await ResumerTerritoires.ParRegionAsync(db, ct);
        var departements = await db.Departements.GroupBy(d => d.RegionCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var regions = await db.Regions.OrderBy(r => r.Code).ToListAsync(ct);
        var elements = regions
            .Select(r => new RegionDto(r.Code, r.Nom, resumes.GetValueOrDefault(r.Code)?.Population, departements.GetValueOrDefault(r.Code), resumes.GetValueOrDefault(r.Code)?.NombreCommunes ?? 0))
            .Skip(pagination.Saut).Take(pagination.Taille).ToList();
        return TypedResults.Ok(new PageResultat<RegionDto>(regions.Count, pagination.Page, pagination.Taille, elements));
    }

    private static async Task<Results<Ok<PageResultat<DepartementDto>>, ProblemHttpResult>> ListerDepartements(
        PortreaDbContext db, string? region, int? page, int? taille, CancellationToken ct)
    {
        if (!Pagination.TryCreer(page, taille, out var pagination, out var erreur))
        {
            return (ProblemHttpResult)erreur!;
        }

        var requete = db.Departements.AsQueryable();
        if (region is not null)
        {
            requete = requete.Where(d => d.RegionCode == region);
        }

        var total = await requete.CountAsync(ct);
        var departements = await requete.OrderBy(d => d.Code).Skip(pagination.Saut).Take(pagination.Taille).ToListAsync(ct);
        var elements = await VersDtoAsync(db, departements, ct);
        return TypedResults.Ok(new PageResultat<DepartementDto>(total, pagination.Page, pagination.Taille, elements));
    }

    private static async Task<Results<Ok<DepartementDto>, ProblemHttpResult>> ObtenirDepartement(PortreaDbContext db, string code, CancellationToken ct)
    {
        var departement = await db.Departements.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (departement is null)
        {
            return Problemes.Introuvable($"Aucun département n'a le code « {code} ».");
        }

        return TypedResults.Ok((await VersDtoAsync(db, [departement], ct))[0]);
    }

    private static async Task<Results<Ok<PageResultat<EpciDto>>, ProblemHttpResult>> ListerEpci(
        PortreaDbContext db, string? departement, int? page, int? taille, CancellationToken ct)
    {
        if (!Pagination.TryCreer(page, taille, out var pagination, out var erreur))
        {
            return (ProblemHttpResult)erreur!;
        }

        var requete = db.Epcis.AsQueryable();
        if (departement is not null)
        {
            if (!await db.Departements.AnyAsync(d => d.Code == departement, ct))
            {
                return Problemes.Introuvable($"Aucun département n'a le code « {departement} ».");
            }

            requete = requete.Where(e => db.Communes.Any(c => c.EpciSiren == e.Siren && c.DepartementCode == departement));
        }

        var total = await requete.CountAsync(ct);
        var epcis = await requete.OrderBy(e => e.Nom).Skip(pagination.Saut).Take(pagination.Taille).ToListAsync(ct);
        var resumes = await ResumerTerritoires.ParEpciAsync(db, [.. epcis.Select(e => e.Siren)], ct);
        var elements = epcis.Select(e => VersDto(e, resumes.GetValueOrDefault(e.Siren))).ToList();
        return TypedResults.Ok(new PageResultat<EpciDto>(total, pagination.Page, pagination.Taille, elements));
    }

    private static async Task<Results<Ok<EpciDto>, ProblemHttpResult>> ObtenirEpci(PortreaDbContext db, string siren, CancellationToken ct)
    {
        var epci = await db.Epcis.FirstOrDefaultAsync(e => e.Siren == siren, ct);
        if (epci is null)
        {
            return Problemes.Introuvable($"Aucun EPCI n'a le SIREN « {siren} ».");
        }

        var resumes = await ResumerTerritoires.ParEpciAsync(db, [siren], ct);
        return TypedResults.Ok(VersDto(epci, resumes.GetValueOrDefault(siren)));
    }

    private static async Task<Results<Ok<PageResultat<CommuneDto>>, ProblemHttpResult>> ListerCommunes(
        PortreaDbContext db, string? epci, string? departement, string? q, int? page, int? taille, CancellationToken ct)
    {
        if (!Pagination.TryCreer(page, taille, out var pagination, out var erreur))
        {
            return (ProblemHttpResult)erreur!;
        }

        var requete = db.Communes.AsQueryable();
        if (epci is not null)
        {
            if (!await db.Epcis.AnyAsync(e => e.Siren == epci, ct))
            {
                return Problemes.Introuvable($"Aucun EPCI n'a le SIREN « {epci} ».");
            }

            requete = requete.Where(c => c.EpciSiren == epci);
        }

        if (departement is not null)
        {
            if (!await db.Departements.AnyAsync(d => d.Code == departement, ct))
            {
                return Problemes.Introuvable($"Aucun département n'a le code « {departement} ».");
            }

            requete = requete.Where(c => c.DepartementCode == departement);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var texte = q.Trim();
            requete = requete.Where(c => c.Nom.ToLower().Contains(texte.ToLower()) || c.CodesPostaux.Contains(texte) || c.Code == texte);
        }

        var total = await requete.CountAsync(ct);
        var communes = await requete.OrderBy(c => c.Code).Skip(pagination.Saut).Take(pagination.Taille).ToListAsync(ct);
        return TypedResults.Ok(new PageResultat<CommuneDto>(total, pagination.Page, pagination.Taille, [.. communes.Select(c => c.AsCommuneDto())]));
    }

    private static async Task<Results<Ok<CommuneDto>, ProblemHttpResult>> ObtenirCommune(PortreaDbContext db, string code, CancellationToken ct)
    {
        var actuel = await ResumerTerritoires.CodeActuelAsync(db, code, ct);
        var commune = actuel is null ? null : await db.Communes.FirstOrDefaultAsync(c => c.Code == actuel, ct);
        if (commune is null)
        {
            return Problemes.Introuvable($"Aucune commune n'a le code INSEE « {code} ».");
        }

        return TypedResults.Ok(commune.AsCommuneDto());
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ObtenirContour(
        PortreaDbContext db, string niveau, string code, CancellationToken ct)
    {
        if (!NiveauTerritoireTexte.TryParse(niveau, out var n))
        {
            return Problemes.Invalide($"Niveau de territoire inconnu « {niveau} » : region, departement, epci ou commune.");
        }

        var contour = await db.Contours.AsNoTracking().FirstOrDefaultAsync(c => c.Niveau == n && c.Code == code, ct);
        if (contour is null)
        {
            return Problemes.Introuvable($"Aucun contour pour le territoire {n.Libelle()} « {code} ».");
        }

        var nom = await NomAsync(db, n, code, ct);
        var proprietes = JsonSerializer.Serialize(new { niveau = n.Code(), code, nom });
        var feature = $$"""{"type":"Feature","properties":{{proprietes}},"bbox":[{{Json(contour.MinLongitude)}},{{Json(contour.MinLatitude)}},{{Json(contour.MaxLongitude)}},{{Json(contour.MaxLatitude)}}],"geometry":{{contour.GeoJson}}}""";
        return TypedResults.Content(feature, "application/geo+json");
    }

    private static async Task<Results<Ok<List<ResultatRechercheDto>>, ProblemHttpResult>> Rechercher(
        PortreaDbContext db, IndexRecherche index, string? q, int? nombre, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return Problemes.Invalide("« q » doit contenir au moins deux caractères : un nom de commune, d'EPCI ou un code postal.");
        }

        if (nombre is < 1 or > 50)
        {
            return Problemes.Invalide("« nombre » doit être compris entre 1 et 50.");
        }

        var resultats = await index.ChercherAsync(db, q, nombre ?? 10, ct);
        var codes = resultats.Select(r => r.Code).ToList();
        var cadres = await db.Contours.AsNoTracking()
            .Where(c => (c.Niveau == NiveauTerritoire.Commune || c.Niveau == NiveauTerritoire.Epci) && codes.Contains(c.Code))
            .Select(c => new { c.Niveau, c.Code, c.MinLongitude, c.MinLatitude, c.MaxLongitude, c.MaxLatitude })
            .ToListAsync(ct);
        return TypedResults.Ok(resultats.Select(r =>
        {
            var cadre = cadres.FirstOrDefault(c => c.Niveau == r.Niveau && c.Code == r.Code);
            return new ResultatRechercheDto(
                r.Niveau.Code(), r.Code, r.Nom, r.Departement, r.Population, r.CodesPostaux,
                cadre is null ? null : [cadre.MinLongitude, cadre.MinLatitude, cadre.MaxLongitude, cadre.MaxLatitude]);
        }).ToList());
    }

    private static string Json(double valeur) => valeur.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    internal static async Task<string?> NomAsync(PortreaDbContext db, NiveauTerritoire niveau, string code, CancellationToken ct) => niveau switch
    {
        NiveauTerritoire.Region => await db.Regions.Where(r => r.Code == code).Select(r => r.Nom).FirstOrDefaultAsync(ct),
        NiveauTerritoire.Departement => await db.Departements.Where(r => r.Code == code).Select(r => r.Nom).FirstOrDefaultAsync(ct),
        NiveauTerritoire.Epci => await db.Epcis.Where(r => r.Siren == code).Select(r => r.Nom).FirstOrDefaultAsync(ct),
        _ => await db.Communes.Where(r => r.Code == code).Select(r => r.Nom).FirstOrDefaultAsync(ct),
    };

    private static async Task<List<DepartementDto>> VersDtoAsync(PortreaDbContext db, List<Departement> departements, CancellationToken ct)
    {
        var resumes = await ResumerTerritoires.ParDepartementAsync(db, ct);
        var codes = departements.Select(d => d.Code).ToList();
        var epciParDepartement = await db.Communes
            .Where(c => codes.Contains(c.DepartementCode) && c.EpciSiren != null)
            .Select(c => new { c.DepartementCode, c.EpciSiren })
            .Distinct()
            .GroupBy(x => x.DepartementCode)
            .Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. departements.Select(d => new DepartementDto(
            d.Code, d.Nom, d.RegionCode,
            resumes.GetValueOrDefault(d.Code)?.Population,
            resumes.GetValueOrDefault(d.Code)?.NombreCommunes ?? 0,
            epciParDepartement.GetValueOrDefault(d.Code)))];
    }

    private static EpciDto VersDto(Epci e, ResumerTerritoires.ResumeEpci? resume) =>
        new(e.Siren, e.Nom, e.Type, e.PopulationMunicipale, e.NombreCommunes,
            resume?.Population, resume?.NombreCommunes ?? 0,
            (resume?.NombreCommunes ?? 0) < e.NombreCommunes,
            resume?.Departements ?? []);
}
