namespace Portrea.Core.Lieux;

/// <summary>
/// A place where people get help with digital tools (lieu ressource): every field of the national standard
/// « Lieux de médiation numérique » v1.0.2, plus what the PorTReA method adds (services by need, equipment, contacts).
/// Multi-valued standard fields are stored as the standard writes them, joined by '|'.
/// </summary>
public sealed class Lieu
{
    /// <summary>Database key; never shown (the public identifier is <see cref="Identifiant"/>).</summary>
    public int Id { get; set; }

    /// <summary>The standard's <c>id</c>: stable, used in URLs (<c>/lieux/{id}</c>).</summary>
    public required string Identifiant { get; set; }

    /// <summary>SIRET (preferred), RNA or RIDET; null when the source gives none.</summary>
    public string? Pivot { get; set; }
    public required string Nom { get; set; }

    /// <summary>Commune name as written by the source.</summary>
    public required string Commune { get; set; }
    public required string CodePostal { get; set; }

    /// <summary>INSEE code given by the source (may be stale or missing); see <see cref="CommuneCode"/> for the attached commune.</summary>
    public string? CodeInsee { get; set; }
    public required string Adresse { get; set; }
    public string? ComplementAdresse { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string Typologie { get; set; } = "";
    public string? Telephone { get; set; }
    public string Courriels { get; set; } = "";
    public string SiteWeb { get; set; } = "";

    /// <summary>OpenStreetMap <c>opening_hours</c> syntax, as the standard requires.</summary>
    public string? Horaires { get; set; }
    public string? PresentationResume { get; set; }
    public string? PresentationDetail { get; set; }
    public string? Source { get; set; }
    public string Itinerance { get; set; } = "";
    public string? StructureParente { get; set; }
    public DateOnly DateMaj { get; set; }
    public string PublicsSpecifiquementAdresses { get; set; } = "";
    public string PriseEnChargeSpecifique { get; set; } = "";
    public string FraisACharge { get; set; } = "";
    public string DispositifProgrammesNationaux { get; set; } = "";
    public string FormationsLabels { get; set; } = "";
    public string? AutresFormationsLabels { get; set; }
    public string ModalitesAcces { get; set; } = "";
    public string ModalitesAccompagnement { get; set; } = "";
    public string? FicheAccesLibre { get; set; }
    public string? PriseRdv { get; set; }

    /// <summary>INSEE code of the commune the place was attached to (COG of the loaded territories).</summary>
    public string? CommuneCode { get; set; }
    public RattachementCommune Rattachement { get; set; }

    /// <summary>The organisation that runs the place.</summary>
    public int? StructureId { get; set; }
    public Structure? Structure { get; set; }

    /// <summary>Equipment codes (<see cref="Equipements"/>) joined by '|'.</summary>
    public string Equipements { get; set; } = "";

    /// <summary>Source identifiers of the rows merged into this place by de-duplication, joined by '|'.</summary>
    public string IdentifiantsFusionnes { get; set; } = "";

    /// <summary>Last time an editor confirmed the sheet is right (an edit counts as a confirmation); drives freshness.</summary>
    public DateOnly? DateConfirmation { get; set; }

    /// <summary>A draft (from the census template) is not public until a referent publishes it.</summary>
    public bool Brouillon { get; set; }

    /// <summary>Concurrency token: two people editing one sheet never silently overwrite each other.</summary>
    public int Version { get; set; }

    public List<ServiceLieu> Services { get; set; } = [];
    public List<ContactLieu> Contacts { get; set; } = [];
}
