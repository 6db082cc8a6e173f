using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Builds the claims of a signed-in user, the same for a cookie and a bearer token, as agreed with the contributions
/// feature (notes in <see cref="RevendicationsPortrea"/>): name = display name, one role claim per distinct role,
/// one claim per EPCI and per structure.
/// </summary>
public sealed class FabriqueRevendications(UserManager<Utilisateur> userManager, IOptions<IdentityOptions> options, PortreaDbContext db)
    : UserClaimsPrincipalFactory<Utilisateur>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Utilisateur user)
    {
        var identite = await base.GenerateClaimsAsync(user);
        foreach (var nom in identite.FindAll(ClaimTypes.Name).ToList())
        {
            identite.RemoveClaim(nom);
        }

        identite.AddClaim(new Claim(ClaimTypes.Name, user.NomAffiche.Length > 0 ? user.NomAffiche : user.Email ?? ""));
        if (identite.FindFirst(ClaimTypes.Email) is null && user.Email is { } email)
        {
            identite.AddClaim(new Claim(ClaimTypes.Email, email));
        }

        var affectations = await db.AffectationsRoles.AsNoTracking().Where(a => a.UtilisateurId == user.Id).ToListAsync();
        foreach (var role in affectations.Select(a => a.Role).Distinct())
        {
            identite.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        foreach (var siren in affectations.Where(a => a.Role == RevendicationsPortrea.RoleReferent && a.EpciSiren is not null).Select(a => a.EpciSiren!).Distinct())
        {
            identite.AddClaim(new Claim(RevendicationsPortrea.Epci, siren));
        }

        foreach (var structure in affectations.Where(a => a.Role == RevendicationsPortrea.RoleContributeur && a.StructureId is not null).Select(a => a.StructureId!.Value).Distinct())
        {
            identite.AddClaim(new Claim(RevendicationsPortrea.Structure, structure.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identite;
    }
}
