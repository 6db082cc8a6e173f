namespace Portrea.Core.Lieux.Standard;

/// <summary>Enumerations of « Lieux de médiation numérique » v1.0.2 (schema.json), in schema order.</summary>
public static class ValeursStandard
{
    public static readonly IReadOnlyList<string> Services =
    [
        "Aide aux démarches administratives",
        "Maîtrise des outils numériques du quotidien",
        "Insertion professionnelle via le numérique",
        "Utilisation sécurisée du numérique",
        "Parentalité et éducation avec le numérique",
        "Loisirs et créations numériques",
        "Compréhension du monde numérique",
        "Accès internet et matériel informatique",
        "Acquisition de matériel informatique à prix solidaire",
    ];

    public static readonly IReadOnlyList<string> PublicsSpecifiquementAdresses =
        ["Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes"];

    public static readonly IReadOnlyList<string> PriseEnChargeSpecifique =
    [
        "Surdité", "Handicaps moteurs", "Handicaps mentaux", "Illettrisme", "Langues étrangères (anglais)",
        "Langues étrangères (autres)", "Déficience visuelle",
    ];

    public static readonly IReadOnlyList<string> FraisACharge = ["Gratuit", "Gratuit sous condition", "Payant"];

    public static readonly IReadOnlyList<string> DispositifProgrammesNationaux =
    [
        "Aidants Connect", "Bibliothèques numérique de référence", "Certification PIX", "Conseillers numériques",
        "Emmaüs Connect", "France Services", "Grande école du numérique", "La Croix Rouge", "Point d'accès numérique CAF",
        "Promeneurs du net", "Relais numérique (Emmaüs Connect)",
    ];

    public static readonly IReadOnlyList<string> FormationsLabels =
    [
        "Formé à « Mon Espace Santé »", "Formé à « DUPLEX » (illettrisme)", "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
        "Collectif ressources et acteurs réemploi (Normandie)", "Étapes numériques (La Poste)", "Fabriques de Territoire",
        "Les Éclaireurs du numérique (Drôme)", "Mes Papiers (Métropole de Lyon)", "ORDI 3.0", "SUD LABS (PACA)",
    ];

    public static readonly IReadOnlyList<string> ModalitesAcces =
    [
        "Se présenter", "Téléphoner", "Contacter par mail", "Prendre un RDV en ligne", "Ce lieu n'accueille pas de public",
        "Envoyer un mail avec une fiche de prescription",
    ];

    public static readonly IReadOnlyList<string> ModalitesAccompagnement =
        ["En autonomie", "Accompagnement individuel", "Dans un atelier collectif", "À distance"];

    public static readonly IReadOnlyList<string> Itinerance = ["Itinérant", "Fixe"];

    /// <summary>data·inclusion structure typology codes (ANCT library <c>typologie.ts</c>).</summary>
    public static readonly IReadOnlyList<string> Typologies =
    [
        "ACI", "ACIPHC", "AFPA", "AI", "ASE", "ASSO", "ASSO_CHOMEUR", "Autre", "AVIP", "BIB", "CAARUD", "CADA", "CAF",
        "CAP_EMPLOI", "CAVA", "CC", "CCAS", "CCONS", "CD", "CDAS", "CFP", "CHRS", "CHU", "CIAS", "CIDFF", "CITMET", "CMP",
        "CMS", "CPAM", "CPH", "CS", "CSAPA", "CSC", "DEETS", "DEPT", "DIPLP", "E2C", "EA", "EATT", "EI", "EITI", "ENM",
        "EPCI", "EPI", "EPIDE", "EPN", "ES", "ESAT", "ESS", "ETTI", "EVS", "FABLAB", "FABRIQUE", "FAIS", "FT", "GEIQ",
        "HUDA", "LA_POSTE", "MDE", "MDH", "MDEF", "MDPH", "MDS", "MJC", "ML", "MQ", "MSA", "MSAP", "MUNI", "OACAS", "ODC",
        "OF", "OIL", "OPCS", "PAD", "PENSION", "PI", "PIJ_BIJ", "PIMMS", "PJJ", "PLIE", "PREF", "PREVENTION", "REG",
        "RELAIS_LECTURE", "RESSOURCERIE", "RFS", "RS_FJT", "SCP", "SPIP", "TIERS_LIEUX", "UDAF",
    ];
}
