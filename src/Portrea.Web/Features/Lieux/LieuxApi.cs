using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Export;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Contributions;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Lieux;

public static class LieuxApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapLieuxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Lieux");
        group.MapGet("/lieux", ListerLieux).WithName("ListerLieux")
            .WithSummary("Lieux d'aide au numérique, filtrables (commune, epci, departement, besoin, service, public, label, q, ouvert), paginés ; JSON ou ?format=geojson");
        group.MapGet("/lieux/{id}", ObtenirLieu).WithName("ObtenirLieu").WithSummary("Fiche d'un lieu, par son identifiant public (contacts privés pour ses éditeurs seulement)");
        group.MapGet("/export/lieux", ExporterLieuxFiltres).WithName("ExporterLieux")
            .WithSummary("Export des lieux filtrés : mednum-csv et mednum-json (standard v1.0.2), geojson et xlsx (avec les champs PorTReA)");
        return group;
    }

    private static async Task<IResult> ListerLieux(
        HttpContext contexte, PortreaDbContext db, TimeProvider horloge, CacheListesLieux cache, [AsParameters] RequeteLieux requete,
        int? page, int? taille, string? format, CancellationToken ct)
    {
        if (!Pagination.TryCreer(page, taille, out var pagination, out var erreur))
        {
            return erreur!;
        }

        if (!requete.TryConvertir(horloge, out var filtres, out var motif))
        {
            return Problemes.Invalide(motif!);
        }

        if (format is not (null or "" or "json" or "geojson"))
        {
            return Problemes.Invalide($"Format inconnu « {format} » : json (défaut) ou geojson.");
        }

        // JSON carries "open now" badges and "ouvert" filters move with the clock: such lists are kept one minute.
        var dependDeLHeure = filtres.OuvertA is not null || format != "geojson";
        var maintenant = HeureDeParis.Maintenant(horloge);
        var cle = CacheListesLieux.Cle(await cache.EmpreinteAsync(db, ct), contexte.Request.Query, dependDeLHeure ? maintenant : null);
        var liste = await cache.ObtenirAsync(cle, async () =>
        {
            var (total, lieux) = await RechercherLieux.PagerAsync(db, filtres, pagination.Saut, pagination.Taille, ct);
            byte[] corps;
            string type;
            if (format == "geojson")
            {
                using var flux = new MemoryStream();
                ExportGeoJson.Ecrire(lieux, flux);
                corps = flux.ToArray();
                type = "application/geo+json";
            }
            else
            {
                corps = JsonSerializer.SerializeToUtf8Bytes(
                    new PageResultat<LieuDto>(total, pagination.Page, pagination.Taille, [.. lieux.Select(l => l.AsLieuDto(maintenant))]), Json);
                type = "application/json";
            }

            return new ListeRendue(corps, type, total, "\"" + Convert.ToHexString(SHA256.HashData(corps))[..32] + "\"");
        });

        contexte.Response.Headers["X-Total-Count"] = liste.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return AvecEtag(contexte, liste, dependDeLHeure);
    }

    private static async Task<Results<Ok<LieuDto>, ProblemHttpResult>> ObtenirLieu(
        HttpContext contexte, PortreaDbContext db, TimeProvider horloge, string id, CancellationToken ct)
    {
        var lieu = await ChargerLieu.CompletAsync(db, id, ct);
        if (lieu is null)
        {
            return Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} ».");
        }

        var droits = await DroitsLieu.CalculerAsync(db, contexte.User, lieu, ct);
        if (lieu.Brouillon && !droits.Publier)
        {
            return Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} ».");
        }

        // Private contacts make the answer personal: it must not be stored by a shared cache.
        contexte.Response.Headers.CacheControl = droits.VoirContactsPrives ? "private, no-store" : "no-cache";
        contexte.Response.Headers.ETag = EtagLieu.Pour(lieu);
        return TypedResults.Ok(lieu.AsLieuDto(HeureDeParis.Maintenant(horloge), droits.VoirContactsPrives));
    }

    private static async Task<IResult> ExporterLieuxFiltres(
        PortreaDbContext db, TimeProvider horloge, [AsParameters] RequeteLieux requete, string? format, CancellationToken ct)
    {
        if (!ExporterLieux.TryParse(format, out var choisi))
        {
            return Problemes.Invalide($"Format d'export inconnu « {format} » : mednum-csv, mednum-json, geojson ou xlsx.");
        }

        if (!requete.TryConvertir(horloge, out var filtres, out var motif))
        {
            return Problemes.Invalide(motif!);
        }

        var lieux = await RechercherLieux.TousAsync(db, filtres, ct);
        using var flux = new MemoryStream();
        ExporterLieux.Ecrire(lieux, choisi, flux);
        var (typeMime, _) = ExporterLieux.Type(choisi);
        var jour = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        return TypedResults.File(flux.ToArray(), typeMime, ExporterLieux.NomFichier(choisi, jour));
    }

    /// <summary>
    /// Lists are cacheable by clients and proxies (the map polls them): the ETag is the body's hash, so every instance
    /// answers the same for the same data. Responses that depend on the current time are cached briefly.
    /// </summary>
    private static IResult AvecEtag(HttpContext contexte, ListeRendue liste, bool dependDeLHeure)
    {
        contexte.Response.Headers.ETag = liste.Etag;
        contexte.Response.Headers.CacheControl = dependDeLHeure ? "public, max-age=60" : "public, max-age=300";
        if (contexte.Request.Headers.IfNoneMatch.Contains(liste.Etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(liste.Corps, liste.Type);
    }
}
