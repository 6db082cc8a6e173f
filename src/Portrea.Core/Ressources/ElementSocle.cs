namespace Portrea.Core.Ressources;

/// <summary>
/// One item of a version of a network's common service base (« Wifi public aux normes »). The same <see cref="Code"/>
/// across versions is the same item, which is how the diagnosis compares versions.
/// </summary>
public sealed class ElementSocle
{
    public int Id { get; set; }
    public int ReseauId { get; set; }

    /// <summary>Version of the base (1, 2, 3…) the item belongs to.</summary>
    public int Version { get; set; }
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public AxeReseau Axe { get; set; }
    public int Ordre { get; set; }
}
