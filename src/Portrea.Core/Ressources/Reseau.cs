namespace Portrea.Core.Ressources;

/// <summary>
/// A local network (réseau) of places and partner structures that share a common service base, rooms and time
/// slots, and a common budget (e.g. « Espaces sociaux communs de Rennes »). Its administrators are the hub's
/// administrators and the referents of <see cref="EpciSiren"/>; its partners act through their structures.
/// </summary>
public sealed class Reseau
{
    public int Id { get; set; }
    public required string Nom { get; set; }
    public string? Description { get; set; }

    /// <summary>The EPCI whose referents administer the network.</summary>
    public required string EpciSiren { get; set; }

    public List<ReseauLieu> Lieux { get; set; } = [];
    public List<ReseauStructure> Structures { get; set; } = [];
}

/// <summary>A place of a network: its answers make the diagnosis, its rooms are shared.</summary>
public sealed class ReseauLieu
{
    public int ReseauId { get; set; }
    public int LieuId { get; set; }
}

/// <summary>A partner structure of a network: its contributors book slots and declare its contributions.</summary>
public sealed class ReseauStructure
{
    public int ReseauId { get; set; }
    public int StructureId { get; set; }
}
