namespace Portrea.Core.Territoires;

/// <summary>The outline of a territory, as a GeoJSON geometry in WGS84, with its bounding box.</summary>
public sealed class Contour
{
    public required NiveauTerritoire Niveau { get; set; }
    public required string Code { get; set; }
    public required string GeoJson { get; set; }
    public double MinLongitude { get; set; }
    public double MinLatitude { get; set; }
    public double MaxLongitude { get; set; }
    public double MaxLatitude { get; set; }
}
