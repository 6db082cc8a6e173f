using Portrea.Core.Contributions;

namespace Portrea.Web.Features.Contributions;

/// <summary>The French ProblemDetails of the contribution endpoints.</summary>
public static class ProblemesContributions
{
    public static IResult PreconditionRequise(string identifiant) => TypedResults.Problem(
        title: "En-tête If-Match obligatoire",
        detail: $"Envoyez l'en-tête « If-Match » avec l'ETag reçu de GET /api/v1/lieux/{identifiant} : il garantit qu'aucune modification faite entre-temps ne sera écrasée.",
        statusCode: StatusCodes.Status428PreconditionRequired);

    public static IResult Conflit(HttpContext contexte, ResultatModification resultat, int? versionClient)
    {
        contexte.Response.Headers.ETag = EtagLieu.Pour(resultat.Version);
        var champs = string.Join(", ", resultat.ModifieEntreTemps.Select(m => m.Libelle));
        return TypedResults.Problem(
            title: "La fiche a été modifiée entre-temps",
            detail: versionClient is null
                ? "L'ETag envoyé dans « If-Match » ne correspond à aucune version de cette fiche : relisez-la (GET) puis renvoyez vos modifications."
                : $"Quelqu'un a modifié cette fiche depuis votre version ({versionClient}) : {(champs.Length > 0 ? champs : "des champs")}. "
                  + "Rien n'a été enregistré : relisez la fiche, reportez vos modifications sur la version actuelle et renvoyez-la avec son ETag.",
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?>
            {
                ["versionActuelle"] = resultat.Version,
                ["modifications"] = resultat.ModifieEntreTemps,
            });
    }

    public static IResult Invalide(IEnumerable<ErreurChamp> erreurs) => TypedResults.ValidationProblem(
        erreurs.GroupBy(e => e.Champ).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Modification invalide",
        detail: "Certaines valeurs ne respectent pas le standard des lieux de médiation numérique : corrigez les champs signalés.");
}
