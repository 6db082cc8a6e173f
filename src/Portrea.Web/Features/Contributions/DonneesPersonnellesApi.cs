using System.Security.Claims;
using Portrea.Core.Contributions.DonneesPersonnelles;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// Rights of access and erasure of place contacts, for referents (their EPCIs' places) and administrators (all):
/// export as a JSON file, erasure in one transaction. Nothing found within the user's places is a 404.
/// </summary>
public static class DonneesPersonnellesApi
{
    public sealed record DemandeEffacement(string? Email, string? Nom);

    public sealed record EffacementDto(int Contacts, int Lieux, int EntreesHistorique, int Propositions, int Messages);

    public static RouteGroupBuilder MapDonneesPersonnellesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/donnees-personnelles").WithTags("Contributions").RequireAuthorization(PolitiquesPortrea.Referent);
        group.MapGet("", Exporter).WithName("ExporterDonneesPersonne")
            .WithSummary("Tout ce qui est conservé sur une personne contact d'un lieu (?email= et/ou ?nom=), en fichier JSON ; lieux de vos EPCI (tous pour un administrateur)");
        group.MapPost("/effacement", Effacer).WithName("EffacerDonneesPersonne")
            .WithSummary("Effacer une personne à sa demande ({\"email\", \"nom\"}) : contacts retirés, valeurs effacées de l'historique, adresse retirée des propositions, courriels supprimés")
            .DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> Exporter(HttpContext contexte, ExporterDonneesContact exporter, string? email, string? nom, CancellationToken ct)
    {
        var (personne, erreur) = PersonneRecherchee.Lire(email, nom);
        if (personne is null)
        {
            return Problemes.Invalide(erreur!);
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        var export = await exporter.ExporterAsync(contexte.User, personne, ct);
        return export is null
            ? Problemes.Introuvable(AucuneDonnee(personne))
            : TypedResults.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(export, ExporterDonneesContact.Json), "application/json", exporter.NomFichier(personne));
    }

    private static async Task<IResult> Effacer(ClaimsPrincipal utilisateur, EffacerPersonne effacer, DemandeEffacement corps, CancellationToken ct)
    {
        var (personne, erreur) = PersonneRecherchee.Lire(corps.Email, corps.Nom);
        if (personne is null)
        {
            return Problemes.Invalide(erreur!);
        }

        var resultat = await effacer.EffacerAsync(utilisateur, personne, ct);
        if (resultat.Conflit)
        {
            return TypedResults.Problem(title: "Fiche modifiée entre-temps",
                detail: "Une fiche concernée a été modifiée pendant l'effacement : rien n'a été effacé, recommencez.", statusCode: StatusCodes.Status409Conflict);
        }

        return resultat.Rien
            ? Problemes.Introuvable(AucuneDonnee(personne))
            : TypedResults.Ok(new EffacementDto(resultat.Contacts, resultat.Lieux, resultat.EntreesHistorique, resultat.Propositions, resultat.Messages));
    }

    public static string AucuneDonnee(PersonneRecherchee personne) =>
        $"Aucune donnée sur « {personne.Libelle} » dans les lieux de votre périmètre.";
}
