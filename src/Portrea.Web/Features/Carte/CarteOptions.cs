namespace Portrea.Web.Features.Carte;

/// <summary>Base map of the browser map (<c>Portrea:Carte</c>). An empty URL gives a plain background, e.g. with no network.</summary>
public sealed class CarteOptions
{
    public const string Section = "Portrea:Carte";

    /// <summary>Raster tile URL template (<c>{z}/{x}/{y}</c>, optional <c>{s}</c>); default: OpenStreetMap France.</summary>
    public string? FondDeCarte { get; set; } = "https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png";

    public string Attribution { get; set; } = "© les contributeurs d’OpenStreetMap, tuiles OpenStreetMap France";

    public int ZoomMaximal { get; set; } = 18;

    /// <summary>Initial view when the URL gives none: the loaded region (Bretagne by default).</summary>
    public double[] Centre { get; set; } = [48.2, -2.9];

    public int Zoom { get; set; } = 8;
}
