using System.Security.Claims;
using Portrea.Core.Comptes;

namespace Portrea.Core.Contributions;

/// <summary>Who makes a change, as the history records it; the public and imports have no id nor name.</summary>
public sealed record AuteurModification(string? Id, string? Nom, string? Role)
{
    public const string RolePublic = "public";

    public static readonly AuteurModification Import = new(null, null, null);

    public static AuteurModification Depuis(ClaimsPrincipal utilisateur)
    {
        if (!DroitsLieu.EstConnecte(utilisateur))
        {
            return new AuteurModification(null, null, RolePublic);
        }

        var role = new[] { RevendicationsPortrea.RoleAdministrateur, RevendicationsPortrea.RoleReferent, RevendicationsPortrea.RoleContributeur }
            .FirstOrDefault(utilisateur.IsInRole) ?? "connecte";
        return new AuteurModification(
            utilisateur.FindFirstValue(ClaimTypes.NameIdentifier),
            utilisateur.FindFirstValue(ClaimTypes.Name) ?? utilisateur.FindFirstValue(ClaimTypes.Email),
            role);
    }
}
