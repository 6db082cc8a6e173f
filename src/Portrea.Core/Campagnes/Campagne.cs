namespace Portrea.Core.Campagnes;

/// <summary>
/// An update campaign of one EPCI: every place with a contact address gets a personal link to confirm or correct its
/// sheet, then reminders. Planned campaigns are launched by the scheduler on <see cref="Debut"/> (or by hand).
/// </summary>
public sealed class Campagne
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public required string Nom { get; set; }
    public DateOnly Debut { get; set; }

    /// <summary>Last day the personal links work (Paris time).</summary>
    public DateOnly Fin { get; set; }
    public required string Sujet { get; set; }

    /// <summary>French message with placeholders (<see cref="ModeleCourriel"/>), merged for each place.</summary>
    public required string Modele { get; set; }

    /// <summary>Days after the launch when those who did not answer are reminded, joined by '|' (e.g. « 10|20 »).</summary>
    public string DelaisRelances { get; set; } = "";
    public StatutCampagne Statut { get; set; }

    /// <summary>The calendar date this campaign was created for; null for a campaign created by hand.</summary>
    public DateOnly? DateCalendrier { get; set; }

    /// <summary>Start of the personal links (scheme, host and base path), known when the campaign was created.</summary>
    public string AdresseBase { get; set; } = "";
    public DateTimeOffset CreeLe { get; set; }
    public string? CreeParNom { get; set; }
    public DateTimeOffset? LanceeLe { get; set; }

    public IReadOnlyList<int> Relances() => DelaisCampagne.Lire(DelaisRelances);
}

public enum StatutCampagne
{
    Planifiee = 1,
    EnCours = 2,
    Terminee = 3,
}

public static class StatutCampagneTexte
{
    public static string Code(this StatutCampagne statut) => statut switch
    {
        StatutCampagne.Planifiee => "planifiee",
        StatutCampagne.EnCours => "en_cours",
        StatutCampagne.Terminee => "terminee",
        _ => throw new ArgumentOutOfRangeException(nameof(statut)),
    };

    public static string Libelle(this StatutCampagne statut) => statut switch
    {
        StatutCampagne.Planifiee => "Planifiée",
        StatutCampagne.EnCours => "En cours",
        StatutCampagne.Terminee => "Terminée",
        _ => throw new ArgumentOutOfRangeException(nameof(statut)),
    };
}
