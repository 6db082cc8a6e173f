namespace Portrea.Core.Provenance;

/// <summary>Where a loaded dataset comes from: shown next to every figure that uses it.</summary>
public sealed class JeuDeDonnees
{
    /// <summary>Stable key, e.g. "territoires.cog" or "territoires.population".</summary>
    public required string Cle { get; set; }
    public required string Libelle { get; set; }
    public required string Source { get; set; }
    public required string Licence { get; set; }
    public required string Millesime { get; set; }
    public string? Fichier { get; set; }
    public DateTimeOffset ImporteLe { get; set; }
}
