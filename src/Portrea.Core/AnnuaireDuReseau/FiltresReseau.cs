using Portrea.Core.Lieux;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>Filters of the network directory; a null filter keeps everything.</summary>
public sealed record FiltresReseau
{
    /// <summary>INSEE code of a commune of the EPCI.</summary>
    public string? CommuneCode { get; init; }
    public CategorieBesoin? Besoin { get; init; }

    /// <summary>A structure: the places it runs and those where it holds a service.</summary>
    public int? StructureId { get; init; }

    /// <summary>Words looked up in names of places, structures, services, communes and contacts' functions (accents and case ignored).</summary>
    public string? Texte { get; init; }
}
