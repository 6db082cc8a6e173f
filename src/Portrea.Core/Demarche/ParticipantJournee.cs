namespace Portrea.Core.Demarche;

/// <summary>A person (or, from a census template row, a structure's representative) invited to an EPCI's collaborative day.</summary>
public sealed class ParticipantJournee
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public string? Nom { get; set; }
    public required string Structure { get; set; }
    public string? Role { get; set; }
    public string? Courriel { get; set; }
    public bool Present { get; set; }

    public string NomAffiche => string.IsNullOrWhiteSpace(Nom) ? "Représentant·e" : Nom;
}
