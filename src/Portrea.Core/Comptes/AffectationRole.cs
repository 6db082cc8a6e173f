namespace Portrea.Core.Comptes;

/// <summary>
/// One role of a user on one territory: administrateur (whole hub, no territory), referent of an EPCI (by SIREN) or
/// contributeur for a structure. A user holds as many as they need.
/// </summary>
public sealed class AffectationRole
{
    public int Id { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Role { get; set; }
    public string? EpciSiren { get; set; }
    public int? StructureId { get; set; }

    public static AffectationRole Administrateur(string utilisateurId) =>
        new() { UtilisateurId = utilisateurId, Role = RevendicationsPortrea.RoleAdministrateur };

    public static AffectationRole Referent(string utilisateurId, string epciSiren) =>
        new() { UtilisateurId = utilisateurId, Role = RevendicationsPortrea.RoleReferent, EpciSiren = epciSiren };

    public static AffectationRole Contributeur(string utilisateurId, int structureId) =>
        new() { UtilisateurId = utilisateurId, Role = RevendicationsPortrea.RoleContributeur, StructureId = structureId };
}
