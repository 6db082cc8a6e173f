using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Import;

namespace Portrea.Web.Features.Lieux;

/// <summary>A place as the API shows it: the standard's fields (multi-values as lists), PorTReA services, contacts the caller may read.</summary>
public sealed record LieuDto(
    string Id,
    string? Pivot,
    string Nom,
    string? Structure,
    AdresseDto Adresse,
    string? CommuneRattachee,
    string Rattachement,
    IReadOnlyList<string> Typologie,
    string? Telephone,
    IReadOnlyList<string> Courriels,
    IReadOnlyList<string> SiteWeb,
    string? Horaires,
    string? HorairesEnFrancais,
    bool? OuvertMaintenant,
    string? PresentationResume,
    string? PresentationDetail,
    string? Source,
    IReadOnlyList<string> Itinerance,
    string? StructureParente,
    DateOnly DateMaj,
    IReadOnlyList<string> ServicesNationaux,
    IReadOnlyList<ServiceDto> Services,
    IReadOnlyList<string> PublicsSpecifiquementAdresses,
    IReadOnlyList<string> PriseEnChargeSpecifique,
    IReadOnlyList<string> FraisACharge,
    IReadOnlyList<string> DispositifProgrammesNationaux,
    IReadOnlyList<string> FormationsLabels,
    string? AutresFormationsLabels,
    IReadOnlyList<string> ModalitesAcces,
    IReadOnlyList<string> ModalitesAccompagnement,
    string? FicheAccesLibre,
    string? PriseRdv,
    IReadOnlyList<string> Equipements,
    IReadOnlyList<ContactDto> Contacts);

public sealed record AdresseDto(string Adresse, string? Complement, string CodePostal, string Commune, string? CodeInsee, double? Latitude, double? Longitude);

/// <summary>
/// A service; <see cref="Creneaux"/> is its structured weekly schedule (the OSM text <see cref="Horaires"/> is derived from it).
/// On PUT, hours per week equal to the schedule's are taken as computed, not declared.
/// </summary>
public sealed record ServiceDto(
    string Besoin, string LibelleBesoin, string Nom, string? ServiceNational, string Format, IReadOnlyList<string> Publics, string? Tarif, bool Permanence,
    string? AssurePar, double? HeuresParSemaine, int? PersonnesAideesParAn, string? Horaires, IReadOnlyList<CreneauSaisi>? Creneaux);

/// <summary>A contact; <see cref="Public"/> false only reaches those who may read private contacts (<c>DroitsLieu</c>).</summary>
public sealed record ContactDto(string? Nom, string? Fonction, string? Telephone, string? Courriel, bool Public);

public static class LieuxMapping
{
    public static LieuDto AsLieuDto(this Lieu l, DateTime heureDeParis, bool contactsPrives = false)
    {
        var analyse = l.Horaires is not null && HorairesOsm.TryAnalyser(l.Horaires, out var osm, out _) ? osm : null;
        return new LieuDto(
            l.Identifiant, l.Pivot, l.Nom, l.Structure?.Nom,
            new AdresseDto(l.Adresse, l.ComplementAdresse, l.CodePostal, l.Commune, l.CodeInsee, l.Latitude, l.Longitude),
            l.CommuneCode, l.Rattachement.ToString(), Liste(l.Typologie), l.Telephone, Liste(l.Courriels), Liste(l.SiteWeb),
            l.Horaires, analyse?.EnFrancais(), analyse is null ? null : analyse.Etat(heureDeParis) switch
            {
                EtatOuverture.Ouvert => true,
                EtatOuverture.Ferme => false,
                _ => null,
            },
            l.PresentationResume, l.PresentationDetail, l.Source, Liste(l.Itinerance), l.StructureParente, l.DateMaj,
            [.. ServicesNationaux.DuLieu(l)],
            [.. l.Services.OrderBy(s => s.Categorie).Select(s => new ServiceDto(
                s.Categorie.Code(), s.Categorie.Libelle(), s.Nom, s.ServiceNational, s.Format.ToString(), Liste(s.Publics), s.Tarif,
                s.EstPermanence(l), s.Structure?.Nom, s.HeuresHebdomadaires(), s.PersonnesAideesParAn,
                s.Creneaux.Count > 0 ? s.Planning().ToOsm().Texte : null, ServicesSaisis.Depuis(s).Creneaux))],
            Liste(l.PublicsSpecifiquementAdresses), Liste(l.PriseEnChargeSpecifique), Liste(l.FraisACharge),
            Liste(l.DispositifProgrammesNationaux), Liste(l.FormationsLabels), l.AutresFormationsLabels, Liste(l.ModalitesAcces),
            Liste(l.ModalitesAccompagnement), l.FicheAccesLibre, l.PriseRdv, Liste(l.Equipements),
            [.. l.Contacts.Where(c => c.Public || contactsPrives).OrderBy(c => c.Id).Select(c => new ContactDto(c.Nom, c.Fonction, c.Telephone, c.Courriel, c.Public))]);
    }

    public static IReadOnlyList<string> Liste(string valeur) => valeur.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
