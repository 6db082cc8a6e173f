using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portrea.Core.Ressources;

/// <summary>
/// The common budget as a workbook: a « Synthèse » sheet (partners × axes, totals and shares) and a « Contributions »
/// sheet with every declared line. Figures are number cells, so that the partners can add them up in their tool.
/// </summary>
public static class ExporterBudgetXlsx
{
    public static void Ecrire(string reseau, SyntheseBudget.Synthese synthese, IReadOnlyList<(string Partenaire, ContributionBudget Contribution)> lignes, Stream sortie)
    {
        using var tampon = new MemoryStream();
        using (var classeur = SpreadsheetDocument.Create(tampon, SpreadsheetDocumentType.Workbook))
        {
            var partie = classeur.AddWorkbookPart();
            partie.Workbook = new Workbook();
            var feuilles = new Sheets();

            var entete = new List<object> { "Partenaire" };
            foreach (var axe in AxesReseau.Tous)
            {
                entete.Add($"{axe.Libelle()} (ETP)");
                entete.Add($"{axe.Libelle()} (€)");
            }

            entete.AddRange(["Total (ETP)", "Total (€)", "Part du temps (%)", "Part des valorisations (%)"]);
            var synth = new List<IReadOnlyList<object?>> { new object[] { $"Budget commun {synthese.Annee} — {reseau}" }, entete };
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
            Ajouter(partie, feuilles, 1, "Synthèse", synth);

            var detail = new List<IReadOnlyList<object?>> { new object[] { "Partenaire", "Année", "Axe", "Nature", "Valeur", "Unité", "Commentaire" } };
            detail.AddRange(lignes.Select(l => (IReadOnlyList<object?>)
            [
                l.Partenaire, l.Contribution.Annee, l.Contribution.Axe.Libelle(), l.Contribution.Nature.Libelle(),
                l.Contribution.Valeur, l.Contribution.Nature.Unite(), l.Contribution.Commentaire ?? "",
            ]));
            Ajouter(partie, feuilles, 2, "Contributions", detail);

            partie.Workbook.AppendChild(feuilles);
            partie.Workbook.Save();
        }

        tampon.Position = 0;
        tampon.CopyTo(sortie);
    }

    /// <summary>« budget-commun-espaces-sociaux-communs-de-rennes-2026.xlsx ».</summary>
    public static string NomFichier(string reseau, int annee) => $"budget-commun-{DefinirSocle.Code(reseau)}-{annee}.xlsx";

    private static double? Pourcent(double? part) => part is { } p ? Math.Round(p * 100, 1) : null;

    private static void Ajouter(WorkbookPart partie, Sheets feuilles, uint numero, string nom, IReadOnlyList<IReadOnlyList<object?>> lignes)
    {
        var feuillePartie = partie.AddNewPart<WorksheetPart>();
        var donnees = new SheetData();
        uint rang = 1;
        foreach (var valeurs in lignes)
        {
            var rangee = new Row { RowIndex = rang };
            for (var i = 0; i < valeurs.Count; i++)
            {
                var reference = Colonne(i) + rang.ToString(CultureInfo.InvariantCulture);
                rangee.Append(valeurs[i] switch
                {
                    null => new Cell { CellReference = reference },
                    decimal d => Nombre(reference, d.ToString("0.##########", CultureInfo.InvariantCulture)),
                    double d => Nombre(reference, d.ToString(CultureInfo.InvariantCulture)),
                    int n => Nombre(reference, n.ToString(CultureInfo.InvariantCulture)),
                    var v => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(v.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                    },
                });
            }

            donnees.Append(rangee);
            rang++;
        }

        feuillePartie.Worksheet = new Worksheet(donnees);
        feuilles.Append(new Sheet { Id = partie.GetIdOfPart(feuillePartie), SheetId = numero, Name = nom });
    }

    private static Cell Nombre(string reference, string valeur) => new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(valeur) };

    private static string Colonne(int index)
    {
        var nom = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            nom.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return nom.ToString();
    }
}
