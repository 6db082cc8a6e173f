using System.Text.Json;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Ressources;

/// <summary>Shared rooms and time slots over HTTP: publishing a free slot and booking it; the budget workbook.</summary>
public static class RessourcesApi
{
    public static IEndpointRouteBuilder MapRessourcesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/ressources").WithTags("Ressources partagées").RequireAuthorization(PolitiquesPortrea.Connecte);
        group.MapPost("/disponibilites", Publier).WithName("PublierDisponibilite")
            .WithSummary("Publier un créneau libre d'une salle : {\"lieu\": \"<identifiant>\", \"salle\": \"…\", \"debut\": \"2027-01-12T09:00\", \"fin\": \"2027-01-12T12:00\"} (heures de Paris) → 201 avec son id")
            .DisableAntiforgery();
        group.MapPost("/disponibilites/{id:int}/reservations", Reserver).WithName("ReserverDisponibilite")
            .WithSummary("Réserver un créneau libre pour une structure partenaire : {\"structure\": \"<numéro ou nom>\", \"objet\": \"…\", \"nature\": \"permanence|atelier\"} → 201, ou 409 s'il est déjà réservé")
            .DisableAntiforgery();
        group.MapDelete("/disponibilites/{id:int}", Retirer).WithName("RetirerDisponibilite")
            .WithSummary("Retirer un créneau libre (ponctuel ou un jour d'une disponibilité récurrente) → 204, 404 inconnu ou hors de vos lieux, 409 s'il vient d'être réservé")
            .DisableAntiforgery();
        group.MapDelete("/reservations/{id:int}", Annuler).WithName("AnnulerReservation")
            .WithSummary("Annuler une réservation, ce qui libère le créneau → 204, ou 404 inconnue ou hors de votre périmètre")
            .DisableAntiforgery();
        routes.MapGet("/reseaux/{id:int}/budget.xlsx", ExporterBudget).RequireAuthorization(PolitiquesPortrea.Connecte).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> Publier(HttpContext contexte, PublierDisponibilite publier, CancellationToken ct)
    {
        var corps = await LireAsync(contexte, ct);
        if (corps is null)
        {
            return Problemes.Invalide("Le corps de la requête doit être un objet JSON : {\"lieu\", \"salle\", \"debut\", \"fin\"}.");
        }

        var lieu = Texte(corps.Value, "lieu");
        if (string.IsNullOrWhiteSpace(lieu))
        {
            return Problemes.Invalide("Indiquez le lieu (« lieu » : l'identifiant de sa fiche).");
        }

        if (!LectureHeureLocale.TryLire(Texte(corps.Value, "debut"), out var debut) || !LectureHeureLocale.TryLire(Texte(corps.Value, "fin"), out var fin))
        {
            return Problemes.Invalide("« debut » et « fin » sont des heures de Paris au format ISO, par exemple « 2027-01-12T09:00 ».");
        }

        var resultat = await publier.PublierAsync(new DemandeDisponibilite(lieu, Texte(corps.Value, "salle"), debut, fin), contexte.User, ct);
        return Repondre(resultat, id => $"/api/v1/ressources/disponibilites/{id}");
    }

    private static async Task<IResult> Reserver(HttpContext contexte, ReserverDisponibilite reserver, int id, CancellationToken ct)
    {
        var corps = await LireAsync(contexte, ct);
        if (corps is null)
        {
            return Problemes.Invalide("Le corps de la requête doit être un objet JSON : {\"structure\", \"objet\"}.");
        }

        var resultat = await reserver.ReserverAsync(
            new DemandeReservation(id, Texte(corps.Value, "structure"), Texte(corps.Value, "objet"), Texte(corps.Value, "nature")), contexte.User, ct);
        return Repondre(resultat, r => $"/api/v1/ressources/disponibilites/{id}/reservations/{r}");
    }

    private static async Task<IResult> Retirer(HttpContext contexte, RetirerDisponibilite retirer, int id, CancellationToken ct) =>
        Repondre(await retirer.RetirerAsync(id, contexte.User, ct), _ => "");

    private static async Task<IResult> Annuler(HttpContext contexte, AnnulerReservation annuler, int id, CancellationToken ct) =>
        Repondre(await annuler.AnnulerAsync(id, contexte.User, ct), _ => "");

    private static async Task<IResult> ExporterBudget(HttpContext contexte, PortreaDbContext db, int id, int? annee, TimeProvider horloge, CancellationToken ct)
    {
        // Only the network's members read its budget; to anyone else the network does not exist.
        var reseau = (await ContexteReseau.ChargerAsync(db, id, contexte.User, ct))?.Reseau;
        if (reseau is null)
        {
            return Results.NotFound();
        }

        var donnees = await BudgetReseau.ChargerAsync(db, id, annee ?? horloge.GetUtcNow().Year, ct);
        var flux = new MemoryStream();
        ExporterBudgetXlsx.Ecrire(reseau.Nom, donnees.Synthese, donnees.Lignes, flux);
        flux.Position = 0;
        contexte.Response.Headers.CacheControl = "private, no-store";
        return Results.File(flux, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExporterBudgetXlsx.NomFichier(reseau.Nom, donnees.Synthese.Annee));
    }

    private static IResult Repondre(ResultatRessource resultat, Func<int, string> adresse) => resultat.Statut switch
    {
        StatutRessource.Cree => TypedResults.Created(adresse(resultat.Id!.Value), new RessourceCreeeDto(resultat.Id!.Value, resultat.Message)),
        StatutRessource.Supprime => TypedResults.NoContent(),
        StatutRessource.Introuvable => Problemes.Introuvable(resultat.Message),
        StatutRessource.Interdit => TypedResults.Problem(title: "Accès refusé", detail: resultat.Message, statusCode: StatusCodes.Status403Forbidden),
        StatutRessource.Conflit => TypedResults.Problem(title: "Créneau réservé", detail: resultat.Message, statusCode: StatusCodes.Status409Conflict),
        _ => Problemes.Invalide(resultat.Message),
    };

    private static async Task<JsonElement?> LireAsync(HttpContext contexte, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(contexte.Request.Body, cancellationToken: ct);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A property as text, whatever its JSON type (a place identifier may be sent as a number).</summary>
    private static string? Texte(JsonElement objet, string nom)
    {
        foreach (var propriete in objet.EnumerateObject())
        {
            if (string.Equals(propriete.Name, nom, StringComparison.OrdinalIgnoreCase))
            {
                return propriete.Value.ValueKind switch
                {
                    JsonValueKind.String => propriete.Value.GetString(),
                    JsonValueKind.Number => propriete.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }
}

public sealed record RessourceCreeeDto(int Id, string Message);
