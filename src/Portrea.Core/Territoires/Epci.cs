namespace Portrea.Core.Territoires;

/// <summary>Établissement public de coopération intercommunale à fiscalité propre, identified by its SIREN.</summary>
public sealed class Epci
{
    public required string Siren { get; set; }
    public required string Nom { get; set; }

    /// <summary>CA, CC, CU or METRO.</summary>
    public required string Type { get; set; }
    public string? ModeFinancement { get; set; }

    /// <summary>Population municipale of every member, including members outside the loaded regions.</summary>
    public int? PopulationMunicipale { get; set; }
    public int? PopulationTotale { get; set; }

    /// <summary>Number of member communes, including members outside the loaded regions.</summary>
    public int NombreCommunes { get; set; }

    public List<EpciMembre> Membres { get; set; } = [];
}
