using Microsoft.AspNetCore.Http.HttpResults;

namespace Portrea.Web.Features.Shared;

public static class Problemes
{
    public static ProblemHttpResult Introuvable(string detail) =>
        TypedResults.Problem(title: "Ressource introuvable", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Invalide(string detail) =>
        TypedResults.Problem(title: "Requête invalide", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Writes a French ProblemDetails from places that have no endpoint result to return (authentication, rate limiting).</summary>
    public static Task Ecrire(HttpContext contexte, int statut, string titre, string detail)
    {
        contexte.Response.StatusCode = statut;
        return TypedResults.Problem(title: titre, detail: detail, statusCode: statut).ExecuteAsync(contexte);
    }
}
