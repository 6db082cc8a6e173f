using Microsoft.AspNetCore.Http.HttpResults;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Carte;

public static class CarteApi
{
    public static RouteGroupBuilder MapCarteApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/carte").WithTags("Carte");
        group.MapGet("/contours", ObtenirContours)
            .WithName("ObtenirCoucheContours")
            .WithSummary("Contours simplifiés de tous les territoires d'un niveau (GeoJSON, pour la carte)")
            .AvecCache(TimeSpan.FromHours(1));
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ObtenirContours(
        PortreaDbContext db, CoucheContoursCache couches, string? niveau, CancellationToken ct)
    {
        if (!NiveauTerritoireTexte.TryParse(niveau ?? "commune", out var n))
        {
            return Problemes.Invalide($"Niveau de territoire inconnu « {niveau} » : region, departement, epci ou commune.");
        }

        return TypedResults.Content(await couches.ObtenirAsync(db, n, ct), "application/geo+json");
    }
}
