using System.Globalization;
using Portrea.Core.Demarche;

namespace Portrea.Web.Features.Demarche;

/// <summary>French wording shared by the rollout pages.</summary>
public static class AffichageDemarche
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Francais) ?? "non disponible";

    public static string Phase(ReferentielDemarche referentiel, string? code) =>
        PhaseDemarcheTexte.Lire(code) is { } p ? referentiel.Phase(p).Libelle : "pas encore en contact";

    public static string Strategie(ReferentielDemarche referentiel, string? code) =>
        referentiel.Strategie(code)?.Libelle ?? "non choisie";

    public static string Duree(EtatDuree? duree)
    {
        if (duree is null)
        {
            return "";
        }

        var ecoule = duree.JoursEcoules < 14 ? $"{duree.JoursEcoules} jour{(duree.JoursEcoules > 1 ? "s" : "")}" : $"{duree.SemainesEcoulees} semaines";
        return duree.DureeObserveeSemaines is { } d
            ? $"depuis {ecoule} (durée observée : {d.Texte("semaines")})"
            : $"depuis {ecoule}";
    }

    /// <summary>A duration as the day's agenda shows it: « 45 min », « 1 h », « 1 h 30 ».</summary>
    public static string Minutes(int minutes) =>
        minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60:00}";

    public static string Heure(TimeOnly heure) => heure.Minute == 0 ? $"{heure.Hour} h" : $"{heure.Hour} h {heure.Minute:00}";

    /// <summary>Clock time of a sequence, or its offset from the start when the day's hours give none.</summary>
    public static string Debut(SequencePlanifiee sequence) =>
        sequence.Heure is { } h ? Heure(h) : sequence.DebutMinutes == 0 ? "début" : "début + " + Minutes(sequence.DebutMinutes);
}
