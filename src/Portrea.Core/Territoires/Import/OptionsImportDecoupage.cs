namespace Portrea.Core.Territoires.Import;

/// <param name="Region">Keep only this région (a national file holds every commune of France).</param>
/// <param name="MillesimeCog">Vintage of the geography (COG year).</param>
/// <param name="MillesimePopulation">Vintage of the populations légales in the file.</param>
public sealed record OptionsImportDecoupage(
    string? Region,
    string MillesimeCog,
    string MillesimePopulation,
    string? Source = null,
    string? Licence = null);
