namespace Portrea.Core.Indicateurs;

/// <summary>
/// One raw figure of a source file: the value of a variable (INSEE name without the vintage prefix, e.g. <c>POP65P</c>)
/// for one IRIS or commune, one vintage and one source. A null value is a cell the file left empty or secret: it is
/// kept so that sums over IRIS know they are incomplete.
/// </summary>
public sealed class ValeurVariable
{
    /// <summary><see cref="NiveauxVariables.Commune"/> or <see cref="NiveauxVariables.Iris"/>.</summary>
    public required string Niveau { get; set; }

    /// <summary>Current (COG) commune code, or IRIS code.</summary>
    public required string Code { get; set; }

    public required string Variable { get; set; }

    /// <summary>Vintage of the figure, e.g. "2021".</summary>
    public required string Millesime { get; set; }

    /// <summary>Short name of the source, as given to the importer (e.g. "INSEE RP 2021").</summary>
    public required string Source { get; set; }

    /// <summary>The current commune the figure belongs to (the commune itself, or the IRIS's commune).</summary>
    public required string CommuneCode { get; set; }

    public double? Valeur { get; set; }
}

public static class NiveauxVariables
{
    public const string Commune = "commune";
    public const string Iris = "iris";
}
