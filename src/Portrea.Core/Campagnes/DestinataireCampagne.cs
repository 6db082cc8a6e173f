namespace Portrea.Core.Campagnes;

/// <summary>
/// One place written to by a campaign, fixed at the launch: the address used, and what happened since (link opened,
/// sheet confirmed or corrected). <see cref="Utilisations"/> counts the submissions made with its links: a form carries
/// the count it was shown with and is accepted only if no other submission came in between.
/// </summary>
public sealed class DestinataireCampagne
{
    public int Id { get; set; }
    public int CampagneId { get; set; }
    public int LieuId { get; set; }
    public required string Courriel { get; set; }
    public int Utilisations { get; set; }
    public DateTimeOffset? OuvertLe { get; set; }
    public DateTimeOffset? ConfirmeLe { get; set; }
    public DateTimeOffset? CorrigeLe { get; set; }

    public bool ARepondu => ConfirmeLe is not null || CorrigeLe is not null;
}

/// <summary>
/// One e-mail of a campaign to one place: the first one (<see cref="Rang"/> 0) or a reminder. The pair (recipient,
/// rank) is unique and the row is written in the same transaction as the outbox message: a message exists once, and
/// only if its send was recorded, whatever the number of instances or crashes.
/// </summary>
public sealed class EnvoiCampagne
{
    public int Id { get; set; }
    public int DestinataireId { get; set; }
    public int Rang { get; set; }

    /// <summary>SHA-256 of the personal link's secret; the secret itself only travels in the e-mail.</summary>
    public required string EmpreinteJeton { get; set; }
    public int MessageSortantId { get; set; }
    public Messagerie.MessageSortant? MessageSortant { get; set; }
    public DateTimeOffset CreeLe { get; set; }
}

/// <summary>A phone call of the referent to a place that did not answer, and its outcome.</summary>
public sealed class AppelCampagne
{
    public int Id { get; set; }
    public int DestinataireId { get; set; }
    public DateTimeOffset Date { get; set; }
    public string? AuteurId { get; set; }
    public string? AuteurNom { get; set; }
    public ResultatAppel Resultat { get; set; }
    public string? Note { get; set; }
}

public enum ResultatAppel
{
    AJour = 1,
    CorrectionsNotees = 2,
    MessageLaisse = 3,
    Injoignable = 4,
    Ferme = 5,
}

public static class ResultatAppelTexte
{
    public static readonly IReadOnlyList<ResultatAppel> Tous = Enum.GetValues<ResultatAppel>();

    public static string Code(this ResultatAppel r) => r switch
    {
        ResultatAppel.AJour => "a_jour",
        ResultatAppel.CorrectionsNotees => "corrections_notees",
        ResultatAppel.MessageLaisse => "message_laisse",
        ResultatAppel.Injoignable => "injoignable",
        ResultatAppel.Ferme => "ferme",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static string Libelle(this ResultatAppel r) => r switch
    {
        ResultatAppel.AJour => "Joint : la fiche est à jour",
        ResultatAppel.CorrectionsNotees => "Joint : corrections notées",
        ResultatAppel.MessageLaisse => "Message laissé",
        ResultatAppel.Injoignable => "Injoignable",
        ResultatAppel.Ferme => "Lieu fermé ou activité arrêtée",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static bool TryParse(string? code, out ResultatAppel resultat)
    {
        resultat = Tous.FirstOrDefault(r => r.Code() == code);
        return resultat != default;
    }
}

/// <summary>The campaign dates of one EPCI (month-day, e.g. 03-01), used by the scheduler once the calendar is active.</summary>
public sealed class CalendrierCampagnes
{
    public static readonly IReadOnlyList<(int Mois, int Jour)> DatesParDefaut = [(3, 1), (7, 1), (11, 1)];

    public required string EpciSiren { get; set; }

    /// <summary>« MM-JJ » joined by '|'.</summary>
    public string Dates { get; set; } = "03-01|07-01|11-01";
    public int DureeJours { get; set; } = 30;
    public string DelaisRelances { get; set; } = "10|20";
    public bool Actif { get; set; }

    /// <summary>Calendar dates before this day are not launched late (the calendar did not exist then).</summary>
    public DateOnly? ActifDepuis { get; set; }
    public string AdresseBase { get; set; } = "";
    public DateTimeOffset ModifieLe { get; set; }
    public string? ModifieParNom { get; set; }
}
