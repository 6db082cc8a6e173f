using Microsoft.AspNetCore.WebUtilities;

namespace Portrea.Web.Features.Shared;

/// <summary>
/// French titles for the ProblemDetails the framework writes by itself (status-code pages, an unreadable JSON body
/// refused by parameter binding, an unhandled exception): without this, API callers would read « Bad Request » or
/// « Forbidden » with no explanation. Titles and details set by the endpoints are left as they are.
/// </summary>
public static class ProblemesFrancais
{
    private static readonly Dictionary<int, (string Titre, string Detail)> Textes = new()
    {
        [400] = ("Requête invalide", "La requête est mal formée : corps JSON illisible, ou paramètre d'adresse d'un type inattendu. Voir le document OpenAPI sur /openapi/v1.json."),
        [401] = ("Authentification requise", "Connectez-vous, ou envoyez un jeton d'accès (Authorization: Bearer …) obtenu par POST /api/v1/auth/jeton."),
        [403] = ("Accès refusé", "Votre compte n'a pas les droits nécessaires pour cette opération sur ce territoire."),
        [404] = ("Ressource introuvable", "Aucune ressource ne correspond à cette adresse."),
        [405] = ("Méthode non autorisée", "Cette adresse n'accepte pas cette méthode HTTP."),
        [406] = ("Format non disponible", "Le format demandé dans l'en-tête Accept n'est pas proposé."),
        [409] = ("Conflit", "La demande est incompatible avec l'état actuel de la ressource."),
        [413] = ("Requête trop volumineuse", "Le corps de la requête dépasse la taille acceptée."),
        [415] = ("Type de contenu non pris en charge", "Envoyez le corps en JSON (Content-Type: application/json)."),
        [429] = ("Trop de requêtes", "Trop de requêtes en peu de temps : réessayez dans une minute."),
        [500] = ("Erreur interne", "Une erreur inattendue s'est produite ; elle a été journalisée. Réessayez plus tard."),
    };

    public static void Configurer(ProblemDetailsOptions options) => options.CustomizeProblemDetails = contexte =>
    {
        var probleme = contexte.ProblemDetails;
        var statut = probleme.Status ?? contexte.HttpContext.Response.StatusCode;
        if (!Textes.TryGetValue(statut, out var texte))
        {
            return;
        }

        // The framework fills the title with the English reason phrase (or, for an exception, its own English
        // sentence and possibly the exception's message); an endpoint's own title is kept.
        if (contexte.Exception is not null)
        {
            probleme.Title = texte.Titre;
            probleme.Detail = texte.Detail;
        }
        else if (string.IsNullOrEmpty(probleme.Title) || probleme.Title == ReasonPhrases.GetReasonPhrase(statut))
        {
            probleme.Title = texte.Titre;
            probleme.Detail ??= texte.Detail;
        }
    };
}
