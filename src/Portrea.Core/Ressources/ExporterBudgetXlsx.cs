using Portrea.Core.Lieux.Export;

namespace Portrea.Core.Ressources;

/// <summary>
/// The common budget as a workbook: a « Synthèse » sheet (partners × axes, totals and shares) and a « Contributions »
/// sheet with every declared line. Figures are number cells, so that the partners can add them up in their tool.
/// </summary>
public static class ExporterBudgetXlsx
{
    public static void Ecrire(string reseau, SyntheseBudget.Synthese synthese, IReadOnlyList<(string Partenaire, ContributionBudget Contribution)> lignes, Stream sortie)
    {
        var entete = new List<object?> { "Partenaire" };
        foreach (var axe in AxesReseau.Tous)
        {
            entete.Add($"{axe.Libelle()} (ETP)");
            entete.Add($"{axe.Libelle()} (€)");
        }

        entete.AddRange(["Total (ETP)", "Total (€)", "Part du temps (%)", "Part des valorisations (%)"]);
        var synth = new List<IReadOnlyList<object?>> { entete };
        foreach (var p in synthese.Partenaires)
        {
            var ligne = new List<object?> { p.Nom };
            foreach (var axe in AxesReseau.Tous)
            {
                ligne.Add(p.ParAxe[axe].Etp);
                ligne.Add(p.ParAxe[axe].Euros);
            }

            ligne.AddRange([p.Total.Etp, p.Total.Euros, Pourcent(p.PartEtp), Pourcent(p.PartEuros)]);
            synth.Add(ligne);
        }

        var totaux = new List<object?> { "Total" };
        foreach (var axe in AxesReseau.Tous)
        {
            totaux.Add(synthese.TotalParAxe[axe].Etp);
            totaux.Add(synthese.TotalParAxe[axe].Euros);
        }

        totaux.AddRange([synthese.Total.Etp, synthese.Total.Euros, null, null]);
        synth.Add(totaux);

        var detail = lignes.Select(l => (IReadOnlyList<object?>)
        [
            l.Partenaire, l.Contribution.Annee, l.Contribution.Axe.Libelle(), l.Contribution.Nature.Libelle(),
            l.Contribution.Valeur, l.Contribution.Nature.Unite(), l.Contribution.Commentaire ?? "",
        ]);

        // The summary sheet opens with a title row, then its own header row.
        ClasseurXlsx.Ecrire(
            sortie,
            new FeuilleXlsx("Synthèse", [$"Budget commun {synthese.Annee} — {reseau}"], synth),
            new FeuilleXlsx("Contributions", ["Partenaire", "Année", "Axe", "Nature", "Valeur", "Unité", "Commentaire"], detail));
    }

    /// <summary>« budget-commun-espaces-sociaux-communs-de-rennes-2026.xlsx ».</summary>
    public static string NomFichier(string reseau, int annee) => $"budget-commun-{DefinirSocle.Code(reseau)}-{annee}.xlsx";

    private static double? Pourcent(double? part) => part is { } p ? Math.Round(p * 100, 1) : null;
}
