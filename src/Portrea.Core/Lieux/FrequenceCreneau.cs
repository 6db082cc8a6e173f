namespace Portrea.Core.Lieux;

/// <summary>How often a service is held on a given weekday (PorTReA <c>&lt;jour&gt;_frequence</c>).</summary>
public enum FrequenceCreneau
{
    ChaqueSemaine = 1,
    UneSemaineSurDeux = 2,
    PremierDuMois = 3,
    DernierDuMois = 4,
    SurRendezVous = 5,
}

public static class FrequenceCreneauTexte
{
    public static string Libelle(this FrequenceCreneau frequence) => frequence switch
    {
        FrequenceCreneau.ChaqueSemaine => "chaque semaine",
        FrequenceCreneau.UneSemaineSurDeux => "une semaine sur deux",
        FrequenceCreneau.PremierDuMois => "le premier du mois",
        FrequenceCreneau.DernierDuMois => "le dernier du mois",
        FrequenceCreneau.SurRendezVous => "sur rendez-vous",
        _ => throw new ArgumentOutOfRangeException(nameof(frequence)),
    };

    /// <summary>Share of weeks the slot is held, to turn a weekly slot into average hours per week.</summary>
    public static double PartDesSemaines(this FrequenceCreneau frequence) => frequence switch
    {
        FrequenceCreneau.ChaqueSemaine => 1,
        FrequenceCreneau.UneSemaineSurDeux => 0.5,
        // 12 occurrences a year over 52 weeks.
        FrequenceCreneau.PremierDuMois or FrequenceCreneau.DernierDuMois => 12.0 / 52,
        _ => 0,
    };
}
