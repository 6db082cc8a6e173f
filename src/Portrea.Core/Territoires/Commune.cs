namespace Portrea.Core.Territoires;

public sealed class Commune
{
    /// <summary>Code officiel géographique (INSEE).</summary>
    public required string Code { get; set; }
    public required string Nom { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public string? Siren { get; set; }

    /// <summary>Null for the few communes that belong to no EPCI (some islands).</summary>
    public string? EpciSiren { get; set; }

    /// <summary>Postal codes joined by '|', as in the national standard's multi-values.</summary>
    public string CodesPostaux { get; set; } = "";
    public int? PopulationMunicipale { get; set; }

    /// <summary>A point inside the commune (from its contour), used for distances.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public IEnumerable<string> ListeCodesPostaux() =>
        CodesPostaux.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
