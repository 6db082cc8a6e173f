namespace Portrea.Core.Portraits;

/// <summary>Settings of the territory portrait (<c>Portrea:Portraits</c>).</summary>
public sealed class OptionsPortraits
{
    public const string Section = "Portrea:Portraits";

    /// <summary>A commune is within reach of help when a place offering it is at most this far from its centre.</summary>
    public double DistanceKm { get; set; } = 10;

    /// <summary>How many communes the siting proposes for each need.</summary>
    public int NombreSites { get; set; } = 5;

    /// <summary>How many priority communes the portrait lists.</summary>
    public int NombrePrioritaires { get; set; } = 10;

    /// <summary>
    /// Weight of each need (by code, <c>etre_aidee</c>…) in the unmet need of a commune; a need left out weighs 1.
    /// </summary>
    public Dictionary<string, double> PoidsBesoins { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public double Poids(Lieux.CategorieBesoin besoin) =>
        PoidsBesoins.FirstOrDefault(p => p.Key.Equals(Lieux.CategorieBesoinTexte.Code(besoin), StringComparison.OrdinalIgnoreCase)) is { Key: not null } p ? p.Value : 1;
}
