using Microsoft.AspNetCore.Mvc;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Demarche;

/// <summary>The rollout pipeline: every EPCI's phase, strategy and referents, and the phase transitions (ADR 0013).</summary>
public static class DemarcheApi
{
    public static RouteGroupBuilder MapDemarcheApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/demarche").WithTags("Démarche").RequireAuthorization(PolitiquesPortrea.Referent);
        group.MapGet("/epci", Lister).WithName("ListerDemarcheEpci")
            .WithSummary("Chaque EPCI avec sa phase (contact, engagement, deploiement, consolidation, exploitation ou null), sa stratégie (generaliste, outil, reseau ou null), ses référents et le dépassement de la durée observée ; un·e référent·e ne voit que ses EPCI");
        group.MapGet("/epci/{siren}", Consulter).WithName("ConsulterDemarcheEpci")
            .WithSummary("Un EPCI et l'historique de ses changements de phase (qui, quand, pourquoi)");
        group.MapPost("/epci/{siren}/transitions", Transitionner).WithName("ChangerPhaseEpci")
            .WithSummary("Changer la phase d'un EPCI : {\"vers\": \"<phase>\", \"date\": \"AAAA-MM-JJ\", \"commentaire\": \"…\"} ; une phase à la fois, retour à la précédente avec un commentaire ; 409 si impossible")
            .RequireAuthorization(PolitiquesPortrea.Administration);
        return group;
    }

    private static async Task<IResult> Lister(HttpContext contexte, ConsulterDemarche consulter, CancellationToken ct)
    {
        var etats = await consulter.ListerAsync(DroitsDemarche.Perimetre(contexte.User), ct);
        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(etats.Select(EpciDemarcheDto.Depuis).ToList());
    }

    private static async Task<IResult> Consulter(HttpContext contexte, ConsulterDemarche consulter, string siren, CancellationToken ct)
    {
        var etat = DroitsDemarche.Consulter(contexte.User, siren) ? await consulter.ConsulterAsync(siren, ct) : null;
        if (etat is null)
        {
            return Problemes.Introuvable($"Aucun EPCI de SIREN {siren} dans les territoires que vous suivez.");
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(new EpciDemarcheDetailDto(EpciDemarcheDto.Depuis(etat), [.. (await consulter.HistoriqueAsync(siren, ct)).Select(TransitionDto.Depuis)]));
    }

    private static async Task<IResult> Transitionner(
        HttpContext contexte, ChangerPhase changer, ConsulterDemarche consulter, string siren, [FromBody] TransitionDemandeeDto corps, CancellationToken ct)
    {
        var resultat = await changer.ChangerAsync(siren, new DemandeTransition(corps.Vers, corps.Date, corps.Commentaire), contexte.User, ct);
        return resultat.Statut switch
        {
            StatutTransition.Introuvable => Problemes.Introuvable(resultat.Message!),
            StatutTransition.Invalide => Problemes.Invalide(resultat.Message!),
            StatutTransition.Impossible => TypedResults.Problem(title: "Changement de phase impossible", detail: resultat.Message, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Created(
                $"/api/v1/demarche/epci/{siren}",
                new EpciDemarcheDetailDto(EpciDemarcheDto.Depuis((await consulter.ConsulterAsync(siren, ct))!), [TransitionDto.Depuis(resultat.Transition!)])),
        };
    }
}
