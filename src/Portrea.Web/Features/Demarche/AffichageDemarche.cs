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
}
