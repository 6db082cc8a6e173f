using Microsoft.AspNetCore.Http.HttpResults;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Orientation;

public static class OrientationApi
{
    public static RouteGroupBuilder MapOrientationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/orientation").WithTags("Orientation");
        group.MapGet("", Orienter).WithName("Orienter")
            .WithSummary("Lieux classés pour une personne : besoin, service précis, commune ou lat/lon, disponibilités (lundi-matin,mardi-apresmidi…), situation, payant, rayon ; avec les raisons, les manques et les données non renseignées");
        group.MapGet("/services", ListerServices).WithName("ListerServicesPrecis")
            .WithSummary("Catalogue des services précis du parcours d'orientation, avec les services du standard et les pièces à apporter");
        return group;
    }

    private static async Task<Results<Ok<ResultatOrientationDto>, ProblemHttpResult>> Orienter(
        PortreaDbContext db, TimeProvider horloge, [AsParameters] RequeteOrientation requete, CancellationToken ct)
    {
        var conversion = await requete.ConvertirAsync(db, ct);
        if (conversion.Demande is not { } demande)
        {
            return Problemes.Invalide(conversion.Erreur!);
        }

        var resultat = await OrienterPersonne.ExecuterAsync(db, demande, horloge, ct);
        return TypedResults.Ok(resultat.AsDto(requete));
    }

    private static Ok<IReadOnlyList<ServicePrecisDto>> ListerServices() =>
        TypedResults.Ok<IReadOnlyList<ServicePrecisDto>>([.. CatalogueServicesPrecis.Defaut.Services.Select(s =>
            new ServicePrecisDto(s.Code, s.Libelle, Portrea.Core.Lieux.CategorieBesoinTexte.Code(s.Besoin), s.ServicesNationaux, s.AApporter))]);
}
