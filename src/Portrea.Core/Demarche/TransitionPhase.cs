namespace Portrea.Core.Demarche;

/// <summary>One move of an EPCI between phases (history): from, to, the date it took effect, why, who and when recorded.</summary>
public sealed class TransitionPhase
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public string? De { get; set; }
    public required string Vers { get; set; }
    public DateOnly Date { get; set; }
    public string? Commentaire { get; set; }
    public string? AuteurId { get; set; }
    public string? AuteurNom { get; set; }
    public DateTimeOffset EnregistreeLe { get; set; }
}
