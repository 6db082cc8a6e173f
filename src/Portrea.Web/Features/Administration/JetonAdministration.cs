using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Portrea.Web.Features.Administration;

/// <summary>
/// Interim administration access until accounts exist (ADR 0004): a bearer token configured in
/// <c>Portrea:Administration:Jeton</c>, compared in constant time. With no token configured, administration is closed.
/// </summary>
public sealed class JetonAdministration(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "JetonAdministration";
    public const string Politique = "Administration";
    public const string CleConfiguration = "Portrea:Administration:Jeton";

    private string? JetonConfigure => configuration[CleConfiguration] is { Length: > 0 } jeton ? jeton : null;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var entete = Request.Headers.Authorization.ToString();
        if (JetonConfigure is not { } attendu || !entete.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var fourni = Encoding.UTF8.GetBytes(entete["Bearer ".Length..].Trim());
        if (!CryptographicOperations.FixedTimeEquals(fourni, Encoding.UTF8.GetBytes(attendu)))
        {
            return Task.FromResult(AuthenticateResult.Fail("Jeton d'administration invalide."));
        }

        var identite = new ClaimsIdentity([new Claim(ClaimTypes.Role, Politique)], Schema);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identite), Schema)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        JetonConfigure is null
            ? Ecrire(StatusCodes.Status403Forbidden, "Administration fermée",
                $"L'import en ligne est désactivé : aucun jeton d'administration n'est configuré sur ce serveur ({CleConfiguration}). Utilisez la ligne de commande ou demandez à l'exploitant de configurer un jeton.")
            : Ecrire(StatusCodes.Status401Unauthorized, "Authentification requise",
                "Jeton d'administration absent ou invalide : envoyez l'en-tête « Authorization: Bearer <jeton> ».");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Ecrire(StatusCodes.Status403Forbidden, "Accès refusé", "Ce jeton ne donne pas accès à l'administration.");

    private Task Ecrire(int statut, string titre, string detail)
    {
        Response.StatusCode = statut;
        return Results.Problem(title: titre, detail: detail, statusCode: statut).ExecuteAsync(Context);
    }
}
