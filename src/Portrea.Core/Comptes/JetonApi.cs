namespace Portrea.Core.Comptes;

/// <summary>A bearer token for API clients; only its SHA-256 is stored, so a database leak gives no usable token.</summary>
public sealed class JetonApi
{
    public int Id { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Empreinte { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? RevoqueLe { get; set; }
    public string? DerniersCaracteres { get; set; }

    public Utilisateur? Utilisateur { get; set; }
}
