using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portrea.Core.Lieux.Export;

/// <summary>One sheet of a workbook: a first row (headers, or a title), then one row per line; numbers become number cells, the rest text.</summary>
public sealed record FeuilleXlsx(string Nom, IReadOnlyList<string> Entetes, IEnumerable<IReadOnlyList<object?>> Lignes);

/// <summary>Writes simple workbooks (inline strings, no shared-string table), shared by every export.</summary>
public static class ClasseurXlsx
{
    public static void Ecrire(Stream sortie, params IReadOnlyList<FeuilleXlsx> feuilles)
    {
        using var tampon = new MemoryStream();
        using (var classeur = SpreadsheetDocument.Create(tampon, SpreadsheetDocumentType.Workbook))
        {
            var partie = classeur.AddWorkbookPart();
            partie.Workbook = new Workbook();
            var sheets = partie.Workbook.AppendChild(new Sheets());
            uint numeroFeuille = 1;
            foreach (var feuille in feuilles)
            {
                var feuillePartie = partie.AddNewPart<WorksheetPart>();
                var donnees = new SheetData();
                donnees.Append(Rangee(1, [.. feuille.Entetes]));
                uint numero = 2;
                foreach (var ligne in feuille.Lignes)
                {
                    donnees.Append(Rangee(numero++, ligne));
                }

                feuillePartie.Worksheet = new Worksheet(donnees);
                sheets.Append(new Sheet { Id = partie.GetIdOfPart(feuillePartie), SheetId = numeroFeuille++, Name = feuille.Nom });
            }

            partie.Workbook.Save();
        }

        tampon.Position = 0;
        tampon.CopyTo(sortie);
    }

    private static Row Rangee(uint numero, IReadOnlyList<object?> valeurs)
    {
        var rangee = new Row { RowIndex = numero };
        for (var i = 0; i < valeurs.Count; i++)
        {
            var reference = Colonne(i) + numero;
            rangee.Append(valeurs[i] switch
            {
                decimal d => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(d.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture)),
                },
                int or long or double => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(valeurs[i], System.Globalization.CultureInfo.InvariantCulture)),
                },
                var texte => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(texte?.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
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
