namespace Portrea.Core.Comptes;

/// <summary>
/// Claim types and role names a signed-in user carries, by cookie or API token alike ([ADR 0007](docs/adr/0007-comptes-et-roles.md)):
/// one <see cref="Epci"/> claim per EPCI the user is referent of, one <see cref="Structure"/> claim per structure they contribute for.
/// </summary>
public static class RevendicationsPortrea
{
    public const string Epci = "portrea:epci";
    public const string Structure = "portrea:structure";
    public const string RoleAdministrateur = "administrateur";
    public const string RoleReferent = "referent";
    public const string RoleContributeur = "contributeur";
}
