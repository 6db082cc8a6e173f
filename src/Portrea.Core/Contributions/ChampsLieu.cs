using System.Globalization;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Contributions;

/// <summary>
/// Every field of a place an editor can change, with its French label: the one list the history, the proposals, the
/// edit form, the API and the scores share. A field's value is text (lists joined by '|', numbers invariant, services
/// and contacts as canonical JSON), so a place's state is a dictionary and a change is the fields whose text differs.
/// </summary>
public static class ChampsLieu
{
    public const string Services = "services";
    public const string Contacts = "contacts";

    /// <summary>« oui » while the sheet is a draft; publishing clears it. Not an editable field of the form.</summary>
    public const string Brouillon = "brouillon";

    public static readonly IReadOnlyList<DefinitionChamp> Tous =
    [
        Texte("nom", "Nom", ChampsStandard.Nom, l => l.Nom, (l, v) => l.Nom = v ?? "", important: true),
        Texte("pivot", "SIRET ou RNA", ChampsStandard.Pivot, l => l.Pivot, (l, v) => l.Pivot = v == ChampsStandard.PivotInconnu ? null : v, important: true),
        Texte("adresse", "Adresse", ChampsStandard.Adresse, l => l.Adresse, (l, v) => l.Adresse = v ?? "", important: true),
        Texte("complementAdresse", "Complément d'adresse", ChampsStandard.ComplementAdresse, l => l.ComplementAdresse, (l, v) => l.ComplementAdresse = v),
        Texte("codePostal", "Code postal", ChampsStandard.CodePostal, l => l.CodePostal, (l, v) => l.CodePostal = v ?? "", important: true),
        Texte("commune", "Commune", ChampsStandard.Commune, l => l.Commune, (l, v) => l.Commune = v ?? "", important: true),
        Texte("codeInsee", "Code INSEE de la commune", ChampsStandard.CodeInsee, l => l.CodeInsee, (l, v) => l.CodeInsee = v),
        Texte("latitude", "Latitude", ChampsStandard.Latitude, l => Nombre(l.Latitude), (l, v) => l.Latitude = LireNombre(v), important: true),
        Texte("longitude", "Longitude", ChampsStandard.Longitude, l => Nombre(l.Longitude), (l, v) => l.Longitude = LireNombre(v)),
        Liste("typologie", "Typologie de la structure", ChampsStandard.Typologie, l => l.Typologie, (l, v) => l.Typologie = v, ValeursStandard.Typologies),
        Texte("telephone", "Téléphone", ChampsStandard.Telephone, l => l.Telephone, (l, v) => l.Telephone = v, important: true),
        Liste("courriels", "Courriels", ChampsStandard.Courriels, l => l.Courriels, (l, v) => l.Courriels = v, null, important: true),
        Liste("siteWeb", "Sites web", ChampsStandard.SiteWeb, l => l.SiteWeb, (l, v) => l.SiteWeb = v, null),
        Texte("horaires", "Horaires d'ouverture (syntaxe OpenStreetMap)", ChampsStandard.Horaires, l => l.Horaires, (l, v) => l.Horaires = v, important: true),
        Texte("presentationResume", "Présentation courte", ChampsStandard.PresentationResume, l => l.PresentationResume, (l, v) => l.PresentationResume = v, important: true),
        Texte("presentationDetail", "Présentation détaillée", ChampsStandard.PresentationDetail, l => l.PresentationDetail, (l, v) => l.PresentationDetail = v),
        Texte("source", "Source des données", ChampsStandard.Source, l => l.Source, (l, v) => l.Source = v),
        Liste("itinerance", "Itinérance", ChampsStandard.Itinerance, l => l.Itinerance, (l, v) => l.Itinerance = v, ValeursStandard.Itinerance),
        Texte("structureParente", "Structure parente", ChampsStandard.StructureParente, l => l.StructureParente, (l, v) => l.StructureParente = v),
        Liste("publicsSpecifiquementAdresses", "Publics spécifiquement adressés", ChampsStandard.PublicsSpecifiquementAdresses, l => l.PublicsSpecifiquementAdresses, (l, v) => l.PublicsSpecifiquementAdresses = v, ValeursStandard.PublicsSpecifiquementAdresses),
        Liste("priseEnChargeSpecifique", "Prise en charge spécifique", ChampsStandard.PriseEnChargeSpecifique, l => l.PriseEnChargeSpecifique, (l, v) => l.PriseEnChargeSpecifique = v, ValeursStandard.PriseEnChargeSpecifique),
        Liste("fraisACharge", "Frais à charge", ChampsStandard.FraisACharge, l => l.FraisACharge, (l, v) => l.FraisACharge = v, ValeursStandard.FraisACharge, important: true),
        Liste("dispositifProgrammesNationaux", "Dispositifs et programmes nationaux", ChampsStandard.DispositifProgrammesNationaux, l => l.DispositifProgrammesNationaux, (l, v) => l.DispositifProgrammesNationaux = v, ValeursStandard.DispositifProgrammesNationaux),
        Liste("formationsLabels", "Formations et labels", ChampsStandard.FormationsLabels, l => l.FormationsLabels, (l, v) => l.FormationsLabels = v, ValeursStandard.FormationsLabels),
        Texte("autresFormationsLabels", "Autres formations et labels", ChampsStandard.AutresFormationsLabels, l => l.AutresFormationsLabels, (l, v) => l.AutresFormationsLabels = v),
        Liste("modalitesAcces", "Modalités d'accès", ChampsStandard.ModalitesAcces, l => l.ModalitesAcces, (l, v) => l.ModalitesAcces = v, ValeursStandard.ModalitesAcces, important: true),
        Liste("modalitesAccompagnement", "Modalités d'accompagnement", ChampsStandard.ModalitesAccompagnement, l => l.ModalitesAccompagnement, (l, v) => l.ModalitesAccompagnement = v, ValeursStandard.ModalitesAccompagnement),
        Texte("ficheAccesLibre", "Fiche Acceslibre (accessibilité)", ChampsStandard.FicheAccesLibre, l => l.FicheAccesLibre, (l, v) => l.FicheAccesLibre = v, important: true),
        Texte("priseRdv", "Prise de rendez-vous en ligne", ChampsStandard.PriseRdv, l => l.PriseRdv, (l, v) => l.PriseRdv = v),
        Liste("equipements", "Équipements", null, l => l.Equipements, (l, v) => l.Equipements = v, [.. Equipements.Libelles.Keys], important: true),
        new(Brouillon, "Brouillon (non publié)", null, false, null, false, l => l.Brouillon ? "oui" : null, (l, v) => l.Brouillon = v == "oui"),
        new(Services, "Services", null, false, null, true,
            l => l.Services.Count == 0 ? null : ServicesSaisis.Ecrire(l.Services.OrderBy(s => s.Categorie).ThenBy(s => s.Nom, StringComparer.Ordinal).Select(ServicesSaisis.Depuis)),
            (l, v) =>
            {
                l.Services.Clear();
                l.Services.AddRange((ServicesSaisis.LireServices(v) ?? []).Select(ServicesSaisis.VersService));
            }),
        new(Contacts, "Contacts", null, false, null, false,
            l => l.Contacts.Count == 0 ? null : ServicesSaisis.Ecrire(l.Contacts.OrderBy(c => c.Id).Select(ServicesSaisis.Depuis)),
            (l, v) =>
            {
                l.Contacts.Clear();
                l.Contacts.AddRange((ServicesSaisis.LireContacts(v) ?? []).Select(ServicesSaisis.VersContact));
            }),
    ];

    public static readonly IReadOnlyDictionary<string, DefinitionChamp> ParCode = Tous.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static string Libelle(string code) => ParCode.TryGetValue(code, out var d) ? d.Libelle : code;

    /// <summary>The place's state: every field's text, null when empty.</summary>
    public static Dictionary<string, string?> Instantane(Lieu lieu) =>
        Tous.ToDictionary(c => c.Code, c => Normaliser(c.Lire(lieu)), StringComparer.Ordinal);

    /// <summary>The fields whose value differs between two states, in the list's order.</summary>
    public static List<ChangementChamp> Comparer(IReadOnlyDictionary<string, string?> avant, IReadOnlyDictionary<string, string?> apres) =>
        [.. Tous.Select(c => new ChangementChamp(c.Code, avant.GetValueOrDefault(c.Code), apres.GetValueOrDefault(c.Code)))
            .Where(c => c.Avant != c.Apres)];

    public static void Appliquer(Lieu lieu, IReadOnlyDictionary<string, string?> valeurs)
    {
        foreach (var (code, valeur) in valeurs)
        {
            ParCode[code].Ecrire(lieu, Normaliser(valeur));
        }
    }

    public static string? Normaliser(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();

    private static DefinitionChamp Texte(string code, string libelle, string? standard, Func<Lieu, string?> lire, Action<Lieu, string?> ecrire, bool important = false) =>
        new(code, libelle, standard, false, null, important, lire, ecrire);

    private static DefinitionChamp Liste(string code, string libelle, string? standard, Func<Lieu, string> lire, Action<Lieu, string> ecrire, IReadOnlyList<string>? vocabulaire, bool important = false) =>
        new(code, libelle, standard, true, vocabulaire, important, l => lire(l), (l, v) => ecrire(l, v ?? ""));

    private static string? Nombre(double? valeur) => valeur?.ToString("R", CultureInfo.InvariantCulture);

    private static double? LireNombre(string? texte) =>
        texte is not null && double.TryParse(texte.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// One editable field: its code (the API's JSON name), French label, the standard's column it validates as,
/// whether it is a '|'-joined list (with its vocabulary) and whether it counts for completeness.
/// </summary>
public sealed record DefinitionChamp(
    string Code, string Libelle, string? ChampStandard, bool EstListe, IReadOnlyList<string>? Vocabulaire, bool Important,
    Func<Lieu, string?> Lire, Action<Lieu, string?> Ecrire);
