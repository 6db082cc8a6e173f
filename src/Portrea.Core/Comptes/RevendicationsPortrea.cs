namespace Portrea.Core.Comptes;

public static class RevendicationsPortrea
{
    public const string Epci = "portrea:epci";
    public const string Structure = "portrea:structure";
    public const string RoleAdministrateur = "administrateur";
    public const string RoleReferent = "referent";
    public const string RoleContributeur = "contributeur";
}
