namespace Portrea.Core.Indicateurs.Import;

/// <param name="Source">Short name of the source, shown next to every figure (e.g. "INSEE RP 2021"); at most 80 characters.</param>
/// <param name="Millesime">Vintage of the figures (e.g. "2021"); INSEE prefixes such as <c>P21_</c> must agree with it.</param>
/// <param name="Niveau">"commune" or "iris"; by default deduced from the key column.</param>
/// <param name="ColonneCle">Name of the column holding the territory code; by default the first known one (CODGEO, IRIS…).</param>
/// <param name="Colonnes">Explicit column → variable mapping; when given, only these columns are imported.</param>
public sealed record OptionsImportVariables(
    string Source,
    string Millesime,
    string? Niveau = null,
    string? ColonneCle = null,
    IReadOnlyDictionary<string, string>? Colonnes = null,
    string? Licence = null,
    string? Description = null);
