using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Comptes;

/// <summary>Bearer tokens for API clients: issued for an e-mail and password, revoked by presenting them.</summary>
public static class AuthApi
{
    public sealed record DemandeJeton(string? Email, string? MotDePasse);

    public sealed record JetonDelivre(string Jeton, DateTime ExpireLe);

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Authentification");
        group.MapPost("/jeton", Delivrer)
            .WithName("DelivrerJeton")
            .WithSummary("Obtenir un jeton d'accès (Authorization: Bearer) pour une adresse et un mot de passe")
            .DisableAntiforgery();
        group.MapDelete("/jeton", Revoquer)
            .WithName("RevoquerJeton")
            .WithSummary("Révoquer le jeton présenté dans l'en-tête Authorization")
            .RequireAuthorization(PolitiquesPortrea.Connecte);
        return group;
    }

    private static async Task<IResult> Delivrer(
        DemandeJeton demande, PortreaDbContext db, SignInManager<Utilisateur> connexion, IOptions<OptionsComptes> options, TimeProvider horloge)
    {
        const string refus = "Adresse ou mot de passe incorrect.";
        if (string.IsNullOrWhiteSpace(demande.Email) || string.IsNullOrEmpty(demande.MotDePasse))
        {
            return Problemes.Invalide("Envoyez « email » et « motDePasse ».");
        }

        var utilisateur = await connexion.UserManager.FindByEmailAsync(demande.Email.Trim());
        if (utilisateur is null)
        {
            return TypedResults.Problem(title: "Authentification refusée", detail: refus, statusCode: StatusCodes.Status401Unauthorized);
        }

        var resultat = await connexion.CheckPasswordSignInAsync(utilisateur, demande.MotDePasse, lockoutOnFailure: true);
        if (resultat.IsLockedOut)
        {
            return TypedResults.Problem(title: "Compte verrouillé",
                detail: "Trop d'échecs : ce compte est verrouillé pour quelques minutes.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!resultat.Succeeded)
        {
            return TypedResults.Problem(title: "Authentification refusée", detail: refus, statusCode: StatusCodes.Status401Unauthorized);
        }

        var jeton = SecretUsageUnique.Generer();
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var enregistre = new JetonApi
        {
            UtilisateurId = utilisateur.Id,
            Empreinte = SecretUsageUnique.Empreinte(jeton),
            CreeLe = maintenant,
            ExpireLe = maintenant.AddDays(options.Value.DureeJetonApiJours),
            DerniersCaracteres = jeton[^4..],
        };
        db.JetonsApi.Add(enregistre);
        await db.SaveChangesAsync();
        return TypedResults.Ok(new JetonDelivre(jeton, enregistre.ExpireLe));
    }

    private static async Task<IResult> Revoquer(HttpRequest requete, PortreaDbContext db, TimeProvider horloge)
    {
        if (JetonApiAuthentification.JetonPresente(requete) is not { } jeton)
        {
            return Problemes.Invalide("Présentez le jeton à révoquer dans l'en-tête « Authorization: Bearer <jeton> ».");
        }

        var empreinte = SecretUsageUnique.Empreinte(jeton);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        await db.JetonsApi.Where(j => j.Empreinte == empreinte && j.RevoqueLe == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.RevoqueLe, maintenant));
        return TypedResults.NoContent();
    }
}
