namespace Portrea.Core.Lieux;

/// <summary>An organisation (association, commune, CCAS, France Services…) that runs places or holds services in others' places.</summary>
public sealed class Structure
{
    public int Id { get; set; }
    public required string Nom { get; set; }

    /// <summary>SIRET or RNA; structures are matched on it when present.</summary>
    public string? Pivot { get; set; }

    /// <summary>data·inclusion typology codes joined by '|'.</summary>
    public string Typologie { get; set; } = "";
}
