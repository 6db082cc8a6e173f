using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Comptes;

/// <summary>
/// <c>Authorization: Bearer</c> with an opaque token issued by <c>POST /api/v1/auth/jeton</c>: looked up by its SHA-256
/// in the database (so any instance accepts it and revocation is immediate), then given the same claims as a cookie.
/// </summary>
public sealed class JetonApiAuthentification(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PortreaDbContext db,
    IUserClaimsPrincipalFactory<Utilisateur> fabrique,
    TimeProvider horloge)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "JetonApi";

    public static string? JetonPresente(HttpRequest requete)
    {
        var entete = requete.Headers.Authorization.ToString();
        return entete.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && entete["Bearer ".Length..].Trim() is { Length: > 0 } jeton
            ? jeton
            : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (JetonPresente(Request) is not { } jeton)
        {
            return AuthenticateResult.NoResult();
        }

        var empreinte = SecretUsageUnique.Empreinte(jeton);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var utilisateur = await db.JetonsApi.AsNoTracking()
            .Where(j => j.Empreinte == empreinte && j.RevoqueLe == null && j.ExpireLe > maintenant)
            .Select(j => j.Utilisateur)
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (utilisateur is null)
        {
            return AuthenticateResult.Fail("Jeton invalide, expiré ou révoqué.");
        }

        var principal = await fabrique.CreateAsync(utilisateur);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Schema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problemes.Ecrire(Context, StatusCodes.Status401Unauthorized, "Authentification requise",
            "Jeton absent, invalide, expiré ou révoqué : obtenez-en un par « POST /api/v1/auth/jeton » et envoyez l'en-tête « Authorization: Bearer <jeton> ».");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problemes.Ecrire(Context, StatusCodes.Status403Forbidden, "Accès refusé", "Votre compte n'a pas les droits nécessaires pour cette opération.");
}
