namespace Portrea.Core.Territoires;

/// <summary>
/// An old or delegated commune code and the current commune it now belongs to, so that
/// files published on an older geography can be attached to today's communes.
/// </summary>
public sealed class CodeHistorique
{
    public required string AncienCode { get; set; }
    public required string CodeActuel { get; set; }
    public required string Nom { get; set; }

    /// <summary>commune-deleguee, commune-associee or ancienne-commune.</summary>
    public required string Nature { get; set; }
}
