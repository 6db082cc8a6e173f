namespace Portrea.Core.Lieux.Standard;

/// <summary>The 32 fields of « Lieux de médiation numérique » v1.0.2, in the order of its schema.json (the CSV header).</summary>
public static class ChampsStandard
{
    public const string Version = "1.0.2";

    public const string Id = "id";
    public const string Pivot = "pivot";
    public const string Nom = "nom";
    public const string Commune = "commune";
    public const string CodePostal = "code_postal";
    public const string CodeInsee = "code_insee";
    public const string Adresse = "adresse";
    public const string ComplementAdresse = "complement_adresse";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Typologie = "typologie";
    public const string Telephone = "telephone";
    public const string Courriels = "courriels";
    public const string SiteWeb = "site_web";
    public const string Horaires = "horaires";
    public const string PresentationResume = "presentation_resume";
    public const string PresentationDetail = "presentation_detail";
    public const string Source = "source";
    public const string Itinerance = "itinerance";
    public const string StructureParente = "structure_parente";
    public const string DateMaj = "date_maj";
    public const string Services = "services";
    public const string PublicsSpecifiquementAdresses = "publics_specifiquement_adresses";
    public const string PriseEnChargeSpecifique = "prise_en_charge_specifique";
    public const string FraisACharge = "frais_a_charge";
    public const string DispositifProgrammesNationaux = "dispositif_programmes_nationaux";
    public const string FormationsLabels = "formations_labels";
    public const string AutresFormationsLabels = "autres_formations_labels";
    public const string ModalitesAcces = "modalites_acces";
    public const string ModalitesAccompagnement = "modalites_accompagnement";
    public const string FicheAccesLibre = "fiche_acces_libre";
    public const string PriseRdv = "prise_rdv";

    public static readonly IReadOnlyList<string> Tous =
    [
        Id, Pivot, Nom, Commune, CodePostal, CodeInsee, Adresse, ComplementAdresse, Latitude, Longitude, Typologie,
        Telephone, Courriels, SiteWeb, Horaires, PresentationResume, PresentationDetail, Source, Itinerance,
        StructureParente, DateMaj, Services, PublicsSpecifiquementAdresses, PriseEnChargeSpecifique, FraisACharge,
        DispositifProgrammesNationaux, FormationsLabels, AutresFormationsLabels, ModalitesAcces, ModalitesAccompagnement,
        FicheAccesLibre, PriseRdv,
    ];

    /// <summary>Fields the schema marks as required (and <c>services</c>, required by the national API to publish).</summary>
    public static readonly IReadOnlyList<string> Requis = [Id, Pivot, Nom, Commune, CodePostal, Adresse, DateMaj, Services];

    /// <summary>Multi-valued fields, separated by '|'.</summary>
    public static readonly IReadOnlySet<string> MultiValues = new HashSet<string>
    {
        Typologie, Courriels, SiteWeb, Itinerance, Services, PublicsSpecifiquementAdresses, PriseEnChargeSpecifique,
        FraisACharge, DispositifProgrammesNationaux, FormationsLabels, ModalitesAcces, ModalitesAccompagnement,
    };

    /// <summary>The standard has no "unknown" pivot: the national tools write fourteen zeros, and so do we.</summary>
    public const string PivotInconnu = "00000000000000";
}
