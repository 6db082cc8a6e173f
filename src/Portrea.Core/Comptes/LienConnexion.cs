namespace Portrea.Core.Comptes;

/// <summary>A single-use, expiring sign-in link sent by e-mail; only the SHA-256 of its secret is stored.</summary>
public sealed class LienConnexion
{
    public int Id { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Empreinte { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? UtiliseLe { get; set; }
}
