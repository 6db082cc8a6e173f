using Portrea.Core.Lieux;
using Portrea.Core.Orientation;
using Portrea.Web.Features.Lieux;

namespace Portrea.Web.Features.Orientation;

public sealed record ResultatOrientationDto(
    CodeLibelleDto Besoin,
    CodeLibelleDto? Service,
    DepartDto Depart,
    double RayonKm,
    bool ToutCorrespond,
    string Bilan,
    int LieuxDansLeRayon,
    IReadOnlyList<LieuProposeDto> Lieux);

public sealed record CodeLibelleDto(string Code, string Libelle);

public sealed record DepartDto(string Libelle, double Latitude, double Longitude, string? Commune);

/// <summary>One ranked place; <c>correspondance</c> is complete, a-renseigner (some criteria cannot be checked) or partielle.</summary>
public sealed record LieuProposeDto(
    int Rang,
    string Id,
    string Nom,
    AdresseDto Adresse,
    string? CommuneRattachee,
    double DistanceKm,
    bool DistanceApprochee,
    string Correspondance,
    IReadOnlyList<string> Raisons,
    IReadOnlyList<string> Manques,
    IReadOnlyList<string> NonRenseignes,
    string? Horaires,
    string HorairesEnFrancais,
    IReadOnlyList<string> HorairesServices,
    string? ProchaineOuverture,
    string? Tarif,
    IReadOnlyList<string> Acces,
    IReadOnlyList<string> AApporter,
    string? Telephone,
    string? PriseRdv,
    string Fiche,
    string FicheOrientation);

public sealed record ServicePrecisDto(string Code, string Libelle, string Besoin, IReadOnlyList<string> ServicesNationaux, IReadOnlyList<string> AApporter);

public static class OrientationMapping
{
    public static string CodeCorrespondance(this Correspondance c) => c switch
    {
        Correspondance.Complete => "complete",
        Correspondance.ARenseigner => "a-renseigner",
        _ => "partielle",
    };

    public static ResultatOrientationDto AsDto(this ResultatOrientation r, RequeteOrientation requete) => new(
        new CodeLibelleDto(r.Demande.Besoin.Code(), r.Demande.Besoin.Libelle()),
        r.Demande.Service is { } s ? new CodeLibelleDto(s.Code, s.Libelle) : null,
        new DepartDto(r.Demande.Depart.Libelle, r.Demande.Depart.Latitude, r.Demande.Depart.Longitude, r.Demande.Depart.CommuneCode),
        r.Demande.RayonKm, r.ToutCorrespond, r.Bilan, r.CandidatsDansLeRayon,
        [.. r.Lieux.Select((p, i) => p.AsDto(i + 1, requete))]);

    public static LieuProposeDto AsDto(this LieuPropose p, int rang, RequeteOrientation requete)
    {
        var l = p.Lieu;
        return new LieuProposeDto(
            rang, l.Identifiant, l.Nom,
            new AdresseDto(l.Adresse, l.ComplementAdresse, l.CodePostal, l.Commune, l.CodeInsee, l.Latitude, l.Longitude),
            l.CommuneCode, Math.Round(p.DistanceKm, 2), p.DistanceApprochee, p.Correspondance.CodeCorrespondance(),
            p.Raisons, p.Manques, p.NonRenseignes, l.Horaires, p.HorairesEnFrancais, p.HorairesServices, p.ProchaineOuverture, p.Tarif,
            p.Acces, p.AApporter, l.Telephone, l.PriseRdv,
            $"/lieux/{Uri.EscapeDataString(l.Identifiant)}",
            $"/orienter/fiche/{Uri.EscapeDataString(l.Identifiant)}{requete.QueryString()}");
    }
}
