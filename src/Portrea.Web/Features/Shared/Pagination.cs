namespace Portrea.Web.Features.Shared;

/// <summary>A page of a list, with the total number of elements matching the filters.</summary>
public sealed record PageResultat<T>(int Total, int Page, int Taille, IReadOnlyList<T> Elements);

public readonly record struct Pagination(int Page, int Taille)
{
    public const int TailleMaximale = 5000;
    public const int TailleParDefaut = 1000;

    public int Saut => (Page - 1) * Taille;

    /// <summary>Reads <c>page</c> and <c>taille</c>; returns a French ProblemDetails when they are out of range.</summary>
    public static bool TryCreer(int? page, int? taille, out Pagination pagination, out IResult? erreur)
    {
        pagination = new Pagination(page ?? 1, taille ?? TailleParDefaut);
        erreur = null;
        if (pagination.Page < 1)
        {
            erreur = TypedResults.Problem(title: "Paramètre invalide", detail: "« page » doit être un entier supérieur ou égal à 1.", statusCode: StatusCodes.Status400BadRequest);
        }
        else if (pagination.Taille is < 1 or > TailleMaximale)
        {
            erreur = TypedResults.Problem(title: "Paramètre invalide", detail: $"« taille » doit être comprise entre 1 et {TailleMaximale}.", statusCode: StatusCodes.Status400BadRequest);
        }

        return erreur is null;
    }
}
