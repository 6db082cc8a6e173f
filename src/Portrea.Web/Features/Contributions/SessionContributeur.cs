using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// The session cookie of signed-in contributors and the policies of the claims contract (docs/adr/0008). Accounts and
/// sign-in issue the cookie; the contributions only read the claims it carries.
/// </summary>
public static class SessionContributeur
{
    public const string PolitiqueConnecte = "Connecte";
    public const string PolitiqueReferent = "Referent";
    public const string CheminConnexion = "/connexion";

    public static void Configurer(CookieAuthenticationOptions options)
    {
        options.LoginPath = CheminConnexion;
        options.AccessDeniedPath = "/erreur/403";
        options.Cookie.Name = "portrea-session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events.OnRedirectToLogin = contexte => RepondreApi(contexte.HttpContext, contexte.RedirectUri, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = contexte => RepondreApi(contexte.HttpContext, contexte.RedirectUri, StatusCodes.Status403Forbidden);
    }

    private static Task RepondreApi(HttpContext contexte, string redirection, int statut)
    {
        if (!contexte.Request.Path.StartsWithSegments("/api"))
        {
            contexte.Response.Redirect(redirection);
            return Task.CompletedTask;
        }

        ProblemHttpResult probleme = statut == StatusCodes.Status401Unauthorized
            ? TypedResults.Problem(title: "Authentification requise", detail: "Connectez-vous (cookie de session ou jeton « Authorization: Bearer … ») pour modifier une fiche.", statusCode: statut)
            : TypedResults.Problem(title: "Accès refusé", detail: "Vos droits ne permettent pas cette action.", statusCode: statut);
        return probleme.ExecuteAsync(contexte);
    }
}
