using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portrea.Core.Demarche;

/// <summary>A one-sheet XLSX workbook of text cells: a header row then the rows (participants template, dashboard export).</summary>
public static class ClasseurSimple
{
    public static byte[] Ecrire(string nomFeuille, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        using var tampon = new MemoryStream();
        using (var classeur = SpreadsheetDocument.Create(tampon, SpreadsheetDocumentType.Workbook))
        {
            var partie = classeur.AddWorkbookPart();
            partie.Workbook = new Workbook();
            var sheets = partie.Workbook.AppendChild(new Sheets());
            var donnees = new SheetData();
            donnees.Append(Rangee(1, entetes));
            uint numero = 2;
            foreach (var ligne in lignes)
            {
                donnees.Append(Rangee(numero++, ligne));
            }

            var feuille = partie.AddNewPart<WorksheetPart>();
            feuille.Worksheet = new Worksheet(donnees);
            sheets.Append(new Sheet { Id = partie.GetIdOfPart(feuille), SheetId = 1, Name = nomFeuille });
            partie.Workbook.Save();
        }

        return tampon.ToArray();
    }

    private static Row Rangee(uint numero, IReadOnlyList<string> valeurs)
    {
        var rangee = new Row { RowIndex = numero };
        for (var i = 0; i < valeurs.Count; i++)
        {
            rangee.Append(new Cell
            {
                CellReference = Colonne(i) + numero,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(valeurs[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return rangee;
    }

    private static string Colonne(int index)
    {
        var nom = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            nom = (char)('A' + ((n - 1) % 26)) + nom;
        }

        return nom;
    }
}
