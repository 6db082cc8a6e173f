using Portrea.Core.Lieux;

namespace Portrea.Core.Orientation;

/// <summary>
/// A precise service a person asks for in plain French (« déclarer mes revenus »), with the need category it belongs
/// to and what in a place's data answers it: the standard's services, service names, national programmes, training
/// labels or equipment. Read from <c>catalogue-services-precis.json</c>.
/// </summary>
public sealed record ServicePrecis(
    string Code,
    string Libelle,
    CategorieBesoin Besoin,
    string Propose,
    IReadOnlyList<string> ServicesNationaux,
    IReadOnlyList<string> NomsServices,
    IReadOnlyList<string> Dispositifs,
    IReadOnlyList<string> Formations,
    IReadOnlyList<string> Equipements,
    IReadOnlyList<string> AApporter)
{
    /// <summary>True when nothing more precise than the need category describes it (e.g. repairs): any service of the category answers.</summary>
    public bool SeulementLaCategorie =>
        ServicesNationaux.Count == 0 && NomsServices.Count == 0 && Dispositifs.Count == 0 && Formations.Count == 0 && Equipements.Count == 0;
}
