using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Lieux;
using Portrea.Web.Features.Orientation;

namespace Portrea.Web.Features.AnnuaireDuReseau;

public sealed record AnnuaireReseauDto(
    string Epci,
    string Nom,
    FiltresReseauDto Filtres,
    int NombreLieux,
    int ContactsPrivesMasques,
    IReadOnlyList<StructureReseauDto> Structures);

public sealed record FiltresReseauDto(string? Commune, string? Besoin, int? Structure, string? Q);

/// <summary><c>id</c> is null for the places whose running structure is not known.</summary>
public sealed record StructureReseauDto(int? Id, string Nom, string? Typologie, IReadOnlyList<LieuReseauDto> Lieux, IReadOnlyList<PermanenceAilleursDto> PermanencesAilleurs);

public sealed record LieuReseauDto(
    string Id,
    string Nom,
    string Adresse,
    string CodeInsee,
    string Commune,
    string? Telephone,
    IReadOnlyList<string> Courriels,
    string? Horaires,
    IReadOnlyList<ContactReseau> Contacts,
    int ContactsPrivesMasques,
    IReadOnlyList<ServiceReseauDto> Services);

public sealed record ServiceReseauDto(
    CodeLibelleDto Besoin, string Nom, string Format, string? AssurePar, int? AssureParId, bool Permanence, string Horaires, double? HeuresParSemaine, bool HeuresDuLieu);

public sealed record PermanenceAilleursDto(string LieuId, string LieuNom, string Commune, ServiceReseauDto Service);

public sealed record QuiFaitQuoiDto(string Epci, string Nom, IReadOnlyList<CodeLibelleDto> Besoins, IReadOnlyList<LigneQuiFaitQuoiDto> Communes, IReadOnlyList<CelluleQuiFaitQuoiDto> Ensemble);

public sealed record LigneQuiFaitQuoiDto(string Code, string Nom, IReadOnlyList<CelluleQuiFaitQuoiDto> Besoins);

/// <summary>Hours of services without known hours are not in <c>heuresParSemaine</c>: <c>servicesSansHeures</c> counts them.</summary>
public sealed record CelluleQuiFaitQuoiDto(string Besoin, int Lieux, int Structures, double HeuresParSemaine, int ServicesSansHeures, int ServicesHeuresDuLieu);

public static class ReseauDtos
{
    public static AnnuaireReseauDto AsDto(this AnnuaireReseau a) => new(
        a.EpciSiren,
        a.EpciNom,
        new FiltresReseauDto(a.Filtres.CommuneCode, a.Filtres.Besoin?.Code(), a.Filtres.StructureId, a.Filtres.Texte),
        a.NombreLieux,
        a.ContactsPrivesMasques,
        [.. a.Structures.Select(s => new StructureReseauDto(
            s.Id,
            s.Nom,
            s.Typologie,
            [.. s.Lieux.Select(l => new LieuReseauDto(
                l.Identifiant, l.Nom, l.Adresse, l.CommuneCode, l.Commune, l.Telephone, l.Courriels, l.HorairesLieu, l.Contacts, l.ContactsPrivesMasques,
                [.. l.Services.Select(AsDto)]))],
            [.. s.PermanencesAilleurs.Select(p => new PermanenceAilleursDto(p.LieuIdentifiant, p.LieuNom, p.Commune, p.Service.AsDto()))]))]);

    public static ServiceReseauDto AsDto(this ServiceReseau s) => new(
        new CodeLibelleDto(s.Besoin.Code(), s.Besoin.Libelle()), s.Nom, s.Format, s.TenuPar, s.TenuParId, s.EstPermanence, s.Horaires,
        s.HeuresParSemaine is { } h ? Math.Round(h, 2) : null, s.HeuresDuLieu);

    public static QuiFaitQuoiDto AsDto(this QuiFaitQuoi q) => new(
        q.EpciSiren,
        q.EpciNom,
        [.. CategorieBesoinTexte.Toutes.Select(b => new CodeLibelleDto(b.Code(), b.Libelle()))],
        [.. q.Lignes.Select(l => new LigneQuiFaitQuoiDto(l.Commune.Code, l.Commune.Nom, [.. l.Cellules.Select(AsDto)]))],
        [.. q.Totaux.Select(AsDto)]);

    private static CelluleQuiFaitQuoiDto AsDto(CelluleQuiFaitQuoi c) =>
        new(c.Besoin.Code(), c.Lieux, c.Structures, Math.Round(c.HeuresParSemaine, 2), c.ServicesSansHeures, c.ServicesHeuresDuLieu);
}
