using Microsoft.AspNetCore.Http.HttpResults;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Portraits;

public static class PortraitsApi
{
    public static RouteGroupBuilder MapPortraitsApi(this IEndpointRouteBuilder app)
    {
        var groupe = app.MapGroup("/api/v1/portraits").WithTags("Portraits");
        groupe.MapGet("/{niveau}/{code}", ObtenirAsync)
            .WithName("Portrait")
            .WithSummary("Portrait d'un territoire (epci, communes, departements) : offre face au besoin, communes prioritaires, nouvelles permanences")
            .WithDescription("Simulation : ajout=commune:besoin:heures (répétable) et retrait=lieu:besoin (répétable), par exemple ?ajout=35238:etre_aidee:4&retrait=12:etre_informe_oriente.");
        return groupe;
    }

    private static async Task<Results<Ok<PortraitDto>, ProblemHttpResult>> ObtenirAsync(
        string niveau, string code, HttpRequest requete, ConstruirePortrait construire, CancellationToken ct)
    {
        if (!PortraitVue.TryNiveau(niveau, out var n))
        {
            return Problemes.Introuvable($"Niveau inconnu « {niveau} » : epci, communes ou departements.");
        }

        var (ajouts, retraits, _) = RequetePortrait.Lire(requete.Query);
        var vue = await construire.ConstruireAsync(n, code, ajouts, retraits, ct);
        if (vue is null)
        {
            return Problemes.Introuvable($"Territoire introuvable : {niveau} {code}.");
        }

        return vue.ErreurScenario is { } erreur
            ? Problemes.Invalide(erreur)
            : TypedResults.Ok(vue.VersDto());
    }
}
