using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portrea.Core.Imports;

namespace Portrea.Core.Lieux.Import.Lecture;

/// <summary>Reads the first sheet of an XLSX workbook: the first row names the columns.</summary>
public static class LecteurXlsx
{
    public static TableauLu Lire(byte[] contenu, string nomFichier)
    {
        try
        {
            using var flux = new MemoryStream(contenu, writable: false);
            using var classeur = SpreadsheetDocument.Open(flux, false);
            var partie = classeur.WorkbookPart ?? throw new FichierIllisibleException($"Le classeur {nomFichier} est vide.");
            var feuille = partie.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new FichierIllisibleException($"Le classeur {nomFichier} n'a aucune feuille.");
            var donnees = ((WorksheetPart)partie.GetPartById(feuille.Id!)).Worksheet.GetFirstChild<SheetData>();
            var partages = partie.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rangees = donnees?.Elements<Row>().ToList() ?? [];
            if (rangees.Count == 0)
            {
                throw new FichierIllisibleException($"La première feuille du classeur {nomFichier} est vide.");
            }

            var entetes = Cellules(rangees[0], partages);
            var colonnes = entetes.OrderBy(kv => kv.Key).Select(kv => kv.Value.Trim()).ToList();
            var lignes = new List<LigneLue>();
            foreach (var rangee in rangees.Skip(1))
            {
                var cellules = Cellules(rangee, partages);
                var valeurs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (colonne, entete) in entetes)
                {
                    valeurs[entete.Trim()] = cellules.GetValueOrDefault(colonne, "");
                }

                if (!valeurs.Values.All(string.IsNullOrWhiteSpace))
                {
                    lignes.Add(new LigneLue((int)(rangee.RowIndex?.Value ?? 0), valeurs));
                }
            }

            return new TableauLu(colonnes, lignes);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or System.Xml.XmlException)
        {
            throw new FichierIllisibleException($"Le fichier {nomFichier} n'est pas un classeur XLSX lisible : il est peut-être tronqué ou d'un autre format.", ex);
        }
    }

    private static Dictionary<int, string> Cellules(Row rangee, string[] partages)
    {
        var resultat = new Dictionary<int, string>();
        foreach (var cellule in rangee.Elements<Cell>())
        {
            var colonne = IndexColonne(cellule.CellReference?.Value ?? "");
            var brut = cellule.CellValue?.Text ?? cellule.InnerText;
            resultat[colonne] = cellule.DataType?.Value switch
            {
                var t when t == CellValues.SharedString && int.TryParse(brut, CultureInfo.InvariantCulture, out var i) && i < partages.Length => partages[i],
                var t when t == CellValues.InlineString => cellule.InlineString?.InnerText ?? "",
                _ => brut,
            };
        }

        return resultat;
    }

    private static int IndexColonne(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index;
    }
}
