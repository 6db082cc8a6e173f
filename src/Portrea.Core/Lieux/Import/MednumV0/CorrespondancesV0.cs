namespace Portrea.Core.Lieux.Import.MednumV0;

/// <summary>
/// The legacy v0 vocabulary of the national cartography and where each term lands in v1.0.2
/// (following the standard's « descriptif des évolutions »: 15 services condensed into 9, publics split into
/// publics and specific care, national labels split into programmes and training labels, conditions renamed fees).
/// Keys are compared without accents or case.
/// </summary>
public static class CorrespondancesV0
{
    public static readonly IReadOnlyDictionary<string, string> Services = Table<string>(new()
    {
        ["Devenir autonome dans les démarches administratives"] = "Aide aux démarches administratives",
        ["Réaliser des démarches administratives avec un accompagnement"] = "Aide aux démarches administratives",
        ["Accompagner les démarches de santé"] = "Aide aux démarches administratives",
        ["Prendre en main un smartphone ou une tablette"] = "Maîtrise des outils numériques du quotidien",
        ["Prendre en main un ordinateur"] = "Maîtrise des outils numériques du quotidien",
        ["Utiliser le numérique au quotidien"] = "Maîtrise des outils numériques du quotidien",
        ["Approfondir ma culture numérique"] = "Compréhension du monde numérique",
        ["Promouvoir la citoyenneté numérique"] = "Utilisation sécurisée du numérique",
        ["Favoriser mon insertion professionnelle"] = "Insertion professionnelle via le numérique",
        ["Créer et développer mon entreprise"] = "Insertion professionnelle via le numérique",
        ["Accéder à une connexion internet"] = "Accès internet et matériel informatique",
        ["Accéder à du matériel"] = "Accès internet et matériel informatique",
        ["S'équiper en matériel informatique"] = "Acquisition de matériel informatique à prix solidaire",
        ["Créer avec le numérique"] = "Loisirs et créations numériques",
        ["Soutenir la parentalité et l'éducation avec le numérique"] = "Parentalité et éducation avec le numérique",
    });

    /// <summary><c>publics_accueillis</c>: value → (v1 field, v1 value); a null field means « every public », nothing specific to record.</summary>
    public static readonly IReadOnlyDictionary<string, (string? Champ, string? Valeur)> Publics = Table<(string?, string?)>(new()
    {
        ["Tout public"] = (null, null),
        ["Adultes"] = (null, null),
        ["Jeunes (16-26 ans)"] = ("publics_specifiquement_adresses", "Jeunes"),
        ["Jeunes"] = ("publics_specifiquement_adresses", "Jeunes"),
        ["Étudiants"] = ("publics_specifiquement_adresses", "Étudiants"),
        ["Familles/enfants"] = ("publics_specifiquement_adresses", "Familles et/ou enfants"),
        ["Familles et/ou enfants"] = ("publics_specifiquement_adresses", "Familles et/ou enfants"),
        ["Seniors (+ 65 ans)"] = ("publics_specifiquement_adresses", "Seniors"),
        ["Seniors"] = ("publics_specifiquement_adresses", "Seniors"),
        ["Femmes"] = ("publics_specifiquement_adresses", "Femmes"),
        ["Public langues étrangères"] = ("prise_en_charge_specifique", "Langues étrangères (autres)"),
        ["Déficience visuelle"] = ("prise_en_charge_specifique", "Déficience visuelle"),
        ["Surdité"] = ("prise_en_charge_specifique", "Surdité"),
        ["Handicaps psychiques"] = ("prise_en_charge_specifique", "Handicaps mentaux"),
        ["Handicaps mentaux"] = ("prise_en_charge_specifique", "Handicaps mentaux"),
        ["Handicaps moteurs"] = ("prise_en_charge_specifique", "Handicaps moteurs"),
        ["Personnes en situation d'illettrisme"] = ("prise_en_charge_specifique", "Illettrisme"),
        ["Illettrisme"] = ("prise_en_charge_specifique", "Illettrisme"),
    });

    /// <summary><c>conditions_acces</c> → <c>frais_a_charge</c>. A membership fee and the « Pass numérique » voucher are access conditions, not payment by the person.</summary>
    public static readonly IReadOnlyDictionary<string, string> Conditions = Table<string>(new()
    {
        ["Gratuit"] = "Gratuit",
        ["Gratuit sous condition"] = "Gratuit sous condition",
        ["Payant"] = "Payant",
        ["Adhésion"] = "Gratuit sous condition",
        ["Accepte le Pass numérique"] = "Gratuit sous condition",
    });

    /// <summary><c>labels_nationaux</c> → (v1 field, v1 value); labels unknown to v1 go to <c>autres_formations_labels</c>.</summary>
    public static readonly IReadOnlyDictionary<string, (string Champ, string Valeur)> Labels = Table(new Dictionary<string, (string, string)>
    {
        ["France Services"] = ("dispositif_programmes_nationaux", "France Services"),
        ["CNFS"] = ("dispositif_programmes_nationaux", "Conseillers numériques"),
        ["Conseillers numériques"] = ("dispositif_programmes_nationaux", "Conseillers numériques"),
        ["Aidants Connect"] = ("dispositif_programmes_nationaux", "Aidants Connect"),
        ["PIX"] = ("dispositif_programmes_nationaux", "Certification PIX"),
        ["Certification PIX"] = ("dispositif_programmes_nationaux", "Certification PIX"),
        ["Grande école du numérique"] = ("dispositif_programmes_nationaux", "Grande école du numérique"),
        ["Point d'accès numérique CAF"] = ("dispositif_programmes_nationaux", "Point d'accès numérique CAF"),
        ["Promeneurs du net"] = ("dispositif_programmes_nationaux", "Promeneurs du net"),
        ["Emmaüs Connect"] = ("dispositif_programmes_nationaux", "Emmaüs Connect"),
        ["La Croix Rouge"] = ("dispositif_programmes_nationaux", "La Croix Rouge"),
        ["Bibliothèques numérique de référence"] = ("dispositif_programmes_nationaux", "Bibliothèques numérique de référence"),
        ["Fabriques de Territoire"] = ("formations_labels", "Fabriques de Territoire"),
        ["Fabrique de territoire"] = ("formations_labels", "Fabriques de Territoire"),
        ["ORDI 3.0"] = ("formations_labels", "ORDI 3.0"),
        ["Étapes numériques"] = ("formations_labels", "Étapes numériques (La Poste)"),
    });

    /// <summary>v0 <c>modalites_accompagnement</c> (« Seul », « Avec de l'aide », « Dans un atelier », « A ma place »).</summary>
    public static readonly IReadOnlyDictionary<string, string> Accompagnement = Table<string>(new()
    {
        ["Seul"] = "En autonomie",
        ["Avec de l'aide"] = "Accompagnement individuel",
        ["Dans un atelier"] = "Dans un atelier collectif",
        ["A ma place"] = "Accompagnement individuel",
        ["En autonomie"] = "En autonomie",
        ["Accompagnement individuel"] = "Accompagnement individuel",
        ["Dans un atelier collectif"] = "Dans un atelier collectif",
        ["À distance"] = "À distance",
    });

    public static string Cle(string texte)
    {
        var decompose = texte.Trim().Replace('’', '\'').Normalize(System.Text.NormalizationForm.FormD);
        var sansAccents = new string([.. decompose.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
        return string.Join(' ', sansAccents.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, T> Table<T>(Dictionary<string, T> source) =>
        source.ToDictionary(kv => Cle(kv.Key), kv => kv.Value);
}
