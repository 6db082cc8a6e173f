using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

public static class LibellesRoles
{
    public static string Libelle(string role) => role switch
    {
        RevendicationsPortrea.RoleAdministrateur => "administrateur",
        RevendicationsPortrea.RoleReferent => "référent",
        RevendicationsPortrea.RoleContributeur => "contributeur",
        _ => role,
    };
}
