using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// First start: creates the hub administrator from <c>Portrea:Admin:Email</c> and <c>Portrea:Admin:Password</c>
/// when no administrator exists yet, so that a fresh installation can be administered without a console.
/// </summary>
public sealed class AmorcerAdministrateur(
    PortreaDbContext db,
    UserManager<Utilisateur> utilisateurs,
    IConfiguration configuration,
    TimeProvider horloge,
    ILogger<AmorcerAdministrateur> logger)
{
    public const string CleEmail = "Portrea:Admin:Email";
    public const string CleMotDePasse = "Portrea:Admin:Password";

    public async Task AmorcerAsync(CancellationToken ct)
    {
        var email = configuration[CleEmail]?.Trim();
        var motDePasse = configuration[CleMotDePasse];
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(motDePasse)
            || await db.AffectationsRoles.AnyAsync(a => a.Role == RevendicationsPortrea.RoleAdministrateur, ct))
        {
            return;
        }

        var utilisateur = await utilisateurs.FindByEmailAsync(email);
        if (utilisateur is null)
        {
            utilisateur = new Utilisateur
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                NomAffiche = "Administrateur",
                CreeLe = horloge.GetUtcNow().UtcDateTime,
            };
            Verifier(await utilisateurs.CreateAsync(utilisateur, motDePasse));
        }

        db.AffectationsRoles.Add(AffectationRole.Administrateur(utilisateur.Id));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Compte administrateur créé pour {Email} (réglages {Cle}).", email, CleEmail);
    }

    private static void Verifier(IdentityResult resultat)
    {
        if (!resultat.Succeeded)
        {
            throw new InvalidOperationException(
                "Impossible de créer l'administrateur configuré (Portrea:Admin) : " + string.Join(" ", resultat.Errors.Select(e => e.Description)));
        }
    }
}
