using System.Globalization;
using System.Text.Json;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Web.Features.Lieux;

namespace Portrea.Web.Features.Contributions;

/// <summary>Turns what the API receives (the GET's JSON shape, or a proposal's fields) into field values of <see cref="ChampsLieu"/>.</summary>
public static class EcritureLieu
{
    public static Dictionary<string, string?> VersChamps(LieuDto dto, Lieu actuel, bool voitContactsPrives)
    {
        var adresse = dto.Adresse ?? new AdresseDto("", null, "", "", null, null, null);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["nom"] = dto.Nom,
            ["pivot"] = dto.Pivot,
            ["adresse"] = adresse.Adresse,
            ["complementAdresse"] = adresse.Complement,
            ["codePostal"] = adresse.CodePostal,
            ["commune"] = adresse.Commune,
            ["codeInsee"] = adresse.CodeInsee,
            ["latitude"] = adresse.Latitude?.ToString("R", CultureInfo.InvariantCulture),
            ["longitude"] = adresse.Longitude?.ToString("R", CultureInfo.InvariantCulture),
            ["typologie"] = Liste(dto.Typologie),
            ["telephone"] = dto.Telephone,
            ["courriels"] = Liste(dto.Courriels),
            ["siteWeb"] = Liste(dto.SiteWeb),
            ["horaires"] = dto.Horaires,
            ["presentationResume"] = dto.PresentationResume,
            ["presentationDetail"] = dto.PresentationDetail,
            ["source"] = dto.Source,
            ["itinerance"] = Liste(dto.Itinerance),
            ["structureParente"] = dto.StructureParente,
            ["publicsSpecifiquementAdresses"] = Liste(dto.PublicsSpecifiquementAdresses),
            ["priseEnChargeSpecifique"] = Liste(dto.PriseEnChargeSpecifique),
            ["fraisACharge"] = Liste(dto.FraisACharge),
            ["dispositifProgrammesNationaux"] = Liste(dto.DispositifProgrammesNationaux),
            ["formationsLabels"] = Liste(dto.FormationsLabels),
            ["autresFormationsLabels"] = dto.AutresFormationsLabels,
            ["modalitesAcces"] = Liste(dto.ModalitesAcces),
            ["modalitesAccompagnement"] = Liste(dto.ModalitesAccompagnement),
            ["ficheAccesLibre"] = dto.FicheAccesLibre,
            ["priseRdv"] = dto.PriseRdv,
            ["equipements"] = Liste(dto.Equipements),
            [ChampsLieu.Services] = ServicesSaisis.Ecrire((dto.Services ?? []).Select(s => VersService(s, actuel))),
            [ChampsLieu.Contacts] = ServicesSaisis.Ecrire(Contacts(dto.Contacts ?? [], actuel, voitContactsPrives)),
        };
    }

    /// <summary>
    /// Someone who cannot read the private contacts cannot have meant to delete them: they are kept as they are.
    /// </summary>
    private static IEnumerable<ContactSaisi> Contacts(IEnumerable<ContactDto> recus, Lieu actuel, bool voitContactsPrives) =>
        recus.Select(c => new ContactSaisi(c.Nom, c.Fonction, c.Telephone, c.Courriel, c.Public || !voitContactsPrives))
            .Concat(voitContactsPrives ? [] : actuel.Contacts.Where(c => !c.Public).OrderBy(c => c.Id).Select(ServicesSaisis.Depuis));

    private static ServiceSaisi VersService(ServiceDto s, Lieu actuel)
    {
        var existant = actuel.Services.FirstOrDefault(e => e.Categorie.Code() == s.Besoin && e.Nom == s.Nom);
        var creneaux = s.Creneaux?.ToList() ?? CreneauxDepuisOsm(s.Horaires) ?? [];
        var heures = s.HeuresParSemaine;
        if (heures is { } h && creneaux.Count > 0 && existant?.HeuresParSemaine is null)
        {
            // The GET shows computed hours when none were declared: sending them back unchanged declares nothing.
            var calcule = new ServiceLieu { Nom = s.Nom, Creneaux = ServicesSaisis.VersService(new ServiceSaisi("etre_aidee", s.Nom, null, null, "NonPrecise", [], null, null, null, null, creneaux)).Creneaux };
            if (Math.Abs(calcule.HeuresHebdomadaires().GetValueOrDefault(-1) - h) < 0.01)
            {
                heures = null;
            }
        }

        return new ServiceSaisi(s.Besoin, s.Nom, s.ServiceNational, existant?.Description, s.Format, [.. s.Publics ?? []], s.Tarif,
            existant?.StructureId, heures, s.PersonnesAideesParAn, creneaux);
    }

    private static List<CreneauSaisi>? CreneauxDepuisOsm(string? horaires)
    {
        if (horaires is null || !HorairesOsm.TryAnalyser(horaires, out var osm, out _) || !PlanningService.TryFromOsm(osm, out var planning, out _) || planning is null)
        {
            return null;
        }

        return ServicesSaisis.Depuis(new ServiceLieu { Nom = "", Creneaux = [.. planning.Jours.Select(CreneauService.Depuis)] }).Creneaux;
    }

    /// <summary>A proposal's JSON value as field text: lists of strings joined by '|', services and contacts kept as JSON.</summary>
    public static string? VersTexte(JsonElement valeur) => valeur.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => valeur.GetString(),
        JsonValueKind.Number => valeur.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array when valeur.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            string.Join('|', valeur.EnumerateArray().Select(e => e.GetString())),
        _ => valeur.GetRawText(),
    };

    private static string Liste(IReadOnlyList<string>? valeurs) => string.Join('|', valeurs ?? []);
}
