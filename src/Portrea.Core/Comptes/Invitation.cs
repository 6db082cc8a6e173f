namespace Portrea.Core.Comptes;

/// <summary>
/// An invitation to join with a role on a territory, accepted once through the e-mailed link (whose secret is
/// stored hashed) by choosing a password.
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string NomAffiche { get; set; }
    public required string Role { get; set; }
    public string? EpciSiren { get; set; }
    public int? StructureId { get; set; }
    public required string Empreinte { get; set; }
    public string? InviteParId { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? AccepteeLe { get; set; }
}
