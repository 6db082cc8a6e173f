using System.Security.Claims;
using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Pdf;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.AnnuaireDuReseau;

/// <summary>The network directory for signed-in professionals, scoped to their EPCIs (every EPCI for an administrator).</summary>
public static class ReseauApi
{
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReseauApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/reseau").WithTags("Réseau").RequireAuthorization(PolitiquesPortrea.Connecte);
        group.MapGet("", Consulter).WithName("ConsulterReseau")
            .WithSummary("Annuaire du réseau d'un EPCI (?epci=SIREN, commune, besoin, structure, q) : structures, lieux, contacts visibles, services et permanences avec leurs horaires");
        group.MapGet("/qui-fait-quoi", QuiFaitQuoi).WithName("QuiFaitQuoi")
            .WithSummary("Grille « qui fait quoi » d'un EPCI (?epci=SIREN) : par commune et besoin, lieux, structures et heures par semaine");
        group.MapGet("/export", Exporter).WithName("ExporterReseau")
            .WithSummary("Export de l'annuaire du réseau pour les référents (?epci=SIREN&format=xlsx|csv, mêmes filtres) ; le XLSX ajoute les contacts et la grille qui fait quoi");
        return group;
    }

    private static async Task<IResult> Consulter(HttpContext contexte, PortreaDbContext db, [AsParameters] RequeteReseau requete, CancellationToken ct)
    {
        var (charge, refus) = await ChargerAsync(db, contexte.User, requete, ct);
        if (charge is null)
        {
            return refus!;
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(ConsulterReseau.Construire(charge.Donnees, contexte.User, charge.Filtres).AsDto());
    }

    private static async Task<IResult> QuiFaitQuoi(HttpContext contexte, PortreaDbContext db, string? epci, CancellationToken ct)
    {
        var (charge, refus) = await ChargerAsync(db, contexte.User, new RequeteReseau { Epci = epci }, ct);
        if (charge is null)
        {
            return refus!;
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(CalculerQuiFaitQuoi.Calculer(charge.Donnees).AsDto());
    }

    private static async Task<IResult> Exporter(
        HttpContext contexte, PortreaDbContext db, TimeProvider horloge, [AsParameters] RequeteReseau requete, string? format, CancellationToken ct)
    {
        var choisi = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "xlsx" => "xlsx",
            "csv" => "csv",
            _ => null,
        };
        if (choisi is null)
        {
            return Problemes.Invalide($"Format d'export inconnu « {format} » : xlsx ou csv.");
        }

        var (charge, refus) = await ChargerAsync(db, contexte.User, requete, ct);
        if (charge is null)
        {
            return refus!;
        }

        if (!PerimetreReseau.PeutExporter(contexte.User, charge.Donnees.Siren))
        {
            return TypedResults.Problem(title: "Accès refusé", detail: $"L'export de l'annuaire du réseau est réservé aux référent·es de {charge.Donnees.Nom} et à l'administration.", statusCode: StatusCodes.Status403Forbidden);
        }

        var annuaire = ConsulterReseau.Construire(charge.Donnees, contexte.User, charge.Filtres);
        using var flux = new MemoryStream();
        if (choisi == "csv")
        {
            ExporterReseau.EcrireCsv(annuaire, flux);
        }
        else
        {
            ExporterReseau.EcrireXlsx(annuaire, CalculerQuiFaitQuoi.Calculer(charge.Donnees), flux);
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        var jour = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        return TypedResults.File(
            flux.ToArray(),
            choisi == "csv" ? "text/csv; charset=utf-8" : TypeXlsx,
            NomFichier.Fichier("annuaire-reseau", "epci", charge.Donnees.Siren, charge.Donnees.Nom, jour, choisi));
    }

    private sealed record Charge(DonneesReseau Donnees, FiltresReseau Filtres);

    /// <summary>The EPCI's data and the filters, or the French refusal (404, 403 or 400) to answer instead.</summary>
    private static async Task<(Charge? Charge, IResult? Refus)> ChargerAsync(PortreaDbContext db, ClaimsPrincipal lecteur, RequeteReseau requete, CancellationToken ct)
    {
        var acces = await AccesReseau.ResoudreAsync(db, lecteur, requete.Epci, ct);
        IResult? refus = acces.Refus switch
        {
            RefusReseau.Introuvable => Problemes.Introuvable($"Aucun EPCI n'a le SIREN « {requete.Epci} »."),
            RefusReseau.Interdit => TypedResults.Problem(title: "Accès refusé", detail: $"Votre compte n'est rattaché à l'EPCI {requete.Epci} ni comme référent·e ni par une structure qui y agit.", statusCode: StatusCodes.Status403Forbidden),
            RefusReseau.AChoisir => Problemes.Invalide(acces.Choix.Count == 0
                ? "Votre compte n'est rattaché à aucun territoire : demandez une invitation à un·e référent·e."
                : $"Précisez l'EPCI (epci=SIREN) parmi : {string.Join(", ", acces.Choix.Take(20).Select(c => $"{c.Siren} ({c.Nom})"))}{(acces.Choix.Count > 20 ? "…" : "")}."),
            _ => null,
        };
        if (refus is not null)
        {
            return (null, refus);
        }

        if (await ChargerReseau.ChargerAsync(db, acces.Siren!, ct) is not { } donnees)
        {
            return (null, Problemes.Introuvable($"Aucun EPCI n'a le SIREN « {requete.Epci} »."));
        }

        return requete.Convertir(donnees, out var filtres) is { } erreur
            ? (null, Problemes.Invalide(erreur))
            : (new Charge(donnees, filtres), null);
    }
}
