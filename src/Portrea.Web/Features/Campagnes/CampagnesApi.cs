using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Campagnes;

public sealed record CreationCampagneDto(string? Territoire, string? Nom, string? Debut, string? Fin, string? Sujet, string? Modele, IReadOnlyList<int>? Relances);

public sealed record CompteursCampagneDto(int Destinataires, int Envoyes, int Delivres, int Refuses, int Ouverts, int Confirmes, int Corriges, int SansReponse, int Relances);

public sealed record CampagneDto(
    int Id, string Territoire, string Nom, DateOnly Debut, DateOnly Fin, string Statut, IReadOnlyList<int> Relances, DateTimeOffset? LanceeLe,
    CompteursCampagneDto Compteurs);

/// <summary>Campaigns for automation: create, launch, read the counters (administrators and the EPCI's referents).</summary>
public static class CampagnesApi
{
    public static RouteGroupBuilder MapCampagnesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/campagnes").WithTags("Campagnes").RequireAuthorization(PolitiquesPortrea.Referent);
        group.MapPost("", Creer).WithName("CreerCampagne")
            .WithSummary("Crée une campagne planifiée : {\"territoire\": \"epci:SIREN\", \"nom\", \"debut\", \"fin\" (AAAA-MM-JJ), \"sujet\", \"modele\" (variables {nom_lieu}, {lien}…), \"relances\": [10, 20]}");
        group.MapPost("/{id:int}/lancer", Lancer).WithName("LancerCampagne")
            .WithSummary("Lance la campagne maintenant : destinataires figés, courriels mis en boîte d'envoi (une fois par lieu)");
        group.MapGet("/{id:int}", Lire).WithName("LireCampagne").WithSummary("Campagne et compteurs : envoyés, délivrés, refusés, ouverts, confirmés, corrigés, sans réponse");
        return group;
    }

    private static async Task<IResult> Creer(HttpContext contexte, CreerCampagne creer, AdressesPubliques adresses, PortreaDbContext db, CancellationToken ct)
    {
        CreationCampagneDto? corps;
        try
        {
            corps = await contexte.Request.ReadFromJsonAsync<CreationCampagneDto>(ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Problemes.Invalide("Le corps doit être un objet JSON : {\"territoire\": \"epci:SIREN\", \"nom\", \"debut\", \"fin\" (AAAA-MM-JJ), \"sujet\", \"modele\", \"relances\": [10, 20]}.");
        }

        if (corps is null)
        {
            return Problemes.Invalide("Le corps de la requête est vide : {\"territoire\": \"epci:SIREN\"} au moins.");
        }

        var erreursDates = new List<ErreurChamp>();
        var debut = LireDate(corps.Debut, "debut", erreursDates);
        var fin = LireDate(corps.Fin, "fin", erreursDates);
        if (erreursDates.Count > 0)
        {
            return Invalide(erreursDates);
        }

        var relances = corps.Relances is null ? null : string.Join(',', corps.Relances);
        var resultat = await creer.CreerAsync(
            new DemandeCampagne(corps.Territoire, corps.Nom, debut, fin, corps.Sujet, corps.Modele, relances), contexte.User, adresses.Absolue(""), ct);
        if (resultat.Interdit)
        {
            return TypedResults.Problem(title: "Accès refusé", detail: resultat.Erreurs[0].Message, statusCode: StatusCodes.Status403Forbidden);
        }

        return resultat.Campagne is { } campagne
            ? TypedResults.Created($"/api/v1/campagnes/{campagne.Id}", await DtoAsync(db, campagne, ct))
            : Invalide(resultat.Erreurs);
    }

    private static IResult Invalide(IEnumerable<ErreurChamp> erreurs) => TypedResults.ValidationProblem(
        erreurs.GroupBy(e => e.Champ).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Campagne invalide", detail: "Corrigez les champs signalés : rien n'a été créé.");

    private static DateOnly? LireDate(string? valeur, string champ, List<ErreurChamp> erreurs)
    {
        if (string.IsNullOrWhiteSpace(valeur))
        {
            return null;
        }

        if (DateOnly.TryParseExact(valeur.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        erreurs.Add(new ErreurChamp(champ, $"« {valeur} » n'est pas une date au format AAAA-MM-JJ."));
        return null;
    }

    private static async Task<IResult> Lancer(HttpContext contexte, PortreaDbContext db, LancerCampagne lancer, Microsoft.Extensions.Options.IOptions<OptionsCampagnes> options, TimeProvider horloge, int id, CancellationToken ct)
    {
        var campagne = await AccesCampagnes.ChargerAsync(db, contexte.User, id, ct);
        if (campagne is null)
        {
            return Problemes.Introuvable($"Aucune campagne n° {id} dans les territoires dont vous êtes référent·e.");
        }

        if (LancementManuel.Refus(campagne, horloge) is { } refus)
        {
            return TypedResults.Problem(title: "Lancement impossible", detail: refus, statusCode: StatusCodes.Status409Conflict);
        }

        if (!await lancer.DemarrerAsync(id, ct))
        {
            return TypedResults.Problem(title: "Lancement impossible", detail: "La campagne vient d'être lancée par ailleurs.", statusCode: StatusCodes.Status409Conflict);
        }

        await lancer.EnvoyerAsync(id, Math.Max(1, options.Value.TailleLot), ct);
        var lancee = (await AccesCampagnes.ChargerAsync(db, contexte.User, id, ct))!;
        return TypedResults.Ok(await DtoAsync(db, lancee, ct));
    }

    private static async Task<IResult> Lire(HttpContext contexte, PortreaDbContext db, int id, CancellationToken ct)
    {
        var campagne = await AccesCampagnes.ChargerAsync(db, contexte.User, id, ct);
        if (campagne is null)
        {
            return Problemes.Introuvable($"Aucune campagne n° {id} dans les territoires dont vous êtes référent·e.");
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(await DtoAsync(db, campagne, ct));
    }

    private static async Task<CampagneDto> DtoAsync(PortreaDbContext db, Campagne c, CancellationToken ct)
    {
        var t = (await TableauCampagne.CalculerAsync(db, c.Id, ct)).Totaux;
        return new CampagneDto(c.Id, CreerCampagne.PrefixeEpci + c.EpciSiren, c.Nom, c.Debut, c.Fin, c.Statut.Code(), c.Relances(), c.LanceeLe,
            new CompteursCampagneDto(t.Destinataires, t.Envoyes, t.Delivres, t.Refuses, t.Ouverts, t.Confirmes, t.Corriges, t.SansReponse, t.Relances));
    }
}
