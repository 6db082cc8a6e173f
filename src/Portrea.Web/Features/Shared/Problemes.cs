using Microsoft.AspNetCore.Http.HttpResults;

namespace Portrea.Web.Features.Shared;

public static class Problemes
{
    public static ProblemHttpResult Introuvable(string detail) =>
        TypedResults.Problem(title: "Ressource introuvable", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Invalide(string detail) =>
        TypedResults.Problem(title: "Requête invalide", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
