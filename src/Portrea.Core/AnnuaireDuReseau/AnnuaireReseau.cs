using Portrea.Core.Lieux;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>The network directory of one EPCI as a signed-in professional may see it: its structures, their places and people, and who holds which service where and when.</summary>
public sealed record AnnuaireReseau(
    string EpciSiren,
    string EpciNom,
    FiltresReseau Filtres,
    IReadOnlyList<CommuneReseau> Communes,
    IReadOnlyList<StructureReseau> Structures,
    int NombreLieux,
    int ContactsPrivesMasques);

public sealed record CommuneReseau(string Code, string Nom);

/// <summary>
/// An organisation of the territory: the places it runs and the services it holds in places run by others
/// (permanences). <see cref="Id"/> is null for places whose running structure is not known.
/// </summary>
public sealed record StructureReseau(int? Id, string Nom, string? Typologie, IReadOnlyList<LieuReseau> Lieux, IReadOnlyList<PermanenceAilleurs> PermanencesAilleurs);

/// <summary>One place with its professional ways in: the place's own phone and e-mails and the contacts the reader may see.</summary>
public sealed record LieuReseau(
    string Identifiant,
    string Nom,
    string Adresse,
    string CommuneCode,
    string Commune,
    string? StructureNom,
    string? Telephone,
    IReadOnlyList<string> Courriels,
    string? HorairesLieu,
    IReadOnlyList<ContactReseau> Contacts,
    int ContactsPrivesMasques,
    IReadOnlyList<ServiceReseau> Services);

/// <summary>A person or desk of a place. Private ones reach only the place's editors (ADR 0007, <c>DroitsLieu</c>).</summary>
public sealed record ContactReseau(string? Nom, string? Fonction, string? Telephone, string? Courriel, bool Public);

/// <summary>
/// A service held in a place: by the place's own structure, or by <see cref="TenuPar"/> as a permanence; hours in plain
/// French from the hours engine, and hours per week as the portraits count them.
/// </summary>
public sealed record ServiceReseau(
    CategorieBesoin Besoin,
    string Nom,
    string Format,
    string? TenuPar,
    int? TenuParId,
    bool EstPermanence,
    string Horaires,
    double? HeuresParSemaine,
    bool HeuresDuLieu);

/// <summary>A service a structure holds in a place run by another one, seen from the holder's entry.</summary>
public sealed record PermanenceAilleurs(string LieuIdentifiant, string LieuNom, string Commune, ServiceReseau Service);
