using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Territoires;

public sealed record RegionDto(string Code, string Nom, long? Population, int NombreDepartements, int NombreCommunes);

public sealed record DepartementDto(string Code, string Nom, string Region, long? Population, int NombreCommunes, int NombreEpci);

/// <summary>
/// An EPCI; <c>population</c> and <c>nombreCommunes</c> cover every member, <c>...DansTerritoire</c> only the members
/// in the loaded regions (they differ for an interregional EPCI).
/// </summary>
public sealed record EpciDto(
    string Siren,
    string Nom,
    string Type,
    int? Population,
    int NombreCommunes,
    long? PopulationDansTerritoire,
    int NombreCommunesDansTerritoire,
    bool Interregional,
    IReadOnlyList<string> Departements);

public sealed record CommuneDto(
    string Code,
    string Nom,
    string Departement,
    string Region,
    string? Epci,
    IReadOnlyList<string> CodesPostaux,
    int? Population,
    double? Latitude,
    double? Longitude);

public static class TerritoiresMapping
{
    public static CommuneDto AsCommuneDto(this Commune c) =>
        new(c.Code, c.Nom, c.DepartementCode, c.RegionCode, c.EpciSiren, [.. c.ListeCodesPostaux()], c.PopulationMunicipale, c.Latitude, c.Longitude);
}

/// <summary>A territory found by name or postcode; <c>cadre</c> is its bounding box [ouest, sud, est, nord] when its contour is loaded.</summary>
public sealed record ResultatRechercheDto(
    string Niveau, string Code, string Nom, string? Departement, long? Population, IReadOnlyList<string> CodesPostaux, double[]? Cadre);
