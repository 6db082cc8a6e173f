using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Export;

/// <summary>One « Lieux » sheet: the standard's 32 columns then the PorTReA columns, text cells (inline strings).</summary>
public static class ExportXlsx
{
    public static void Ecrire(IReadOnlyList<Lieu> lieux, Stream sortie)
    {
        using var tampon = new MemoryStream();
        using (var classeur = SpreadsheetDocument.Create(tampon, SpreadsheetDocumentType.Workbook))
        {
            var partie = classeur.AddWorkbookPart();
            partie.Workbook = new Workbook();
            var feuillePartie = partie.AddNewPart<WorksheetPart>();
            var donnees = new SheetData();
            donnees.Append(Rangee(1, [.. ChampsStandard.Tous, .. ColonnesPortrea.Noms]));
            uint numero = 2;
            foreach (var lieu in lieux)
            {
                donnees.Append(Rangee(numero++, [.. LigneStandard.Valeurs(lieu), .. ColonnesPortrea.Valeurs(lieu)]));
            }

            feuillePartie.Worksheet = new Worksheet(donnees);
            partie.Workbook.AppendChild(new Sheets(new Sheet { Id = partie.GetIdOfPart(feuillePartie), SheetId = 1, Name = "Lieux" }));
            partie.Workbook.Save();
        }

        tampon.Position = 0;
        tampon.CopyTo(sortie);
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
