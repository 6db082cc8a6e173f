using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Portrea.Core.Lieux.Export;

/// <summary>
/// A CSV for spreadsheet software in French: semicolon separator (the comma is the decimal mark), decimal commas, and a
/// byte-order mark so that accents are read as UTF-8.
/// </summary>
public static class TableauCsv
{
    public static void Ecrire(Stream sortie, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<object?>> lignes)
    {
        using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(true), leaveOpen: true);
        using var csv = new CsvWriter(ecrivain, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n" });
        foreach (var entete in entetes)
        {
            csv.WriteField(entete);
        }

        csv.NextRecord();
        var francais = CultureInfo.GetCultureInfo("fr-FR");
        foreach (var ligne in lignes)
        {
            foreach (var valeur in ligne)
            {
                csv.WriteField(valeur switch
                {
                    double d => d.ToString("0.##", francais),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => valeur?.ToString() ?? "",
                });
            }

            csv.NextRecord();
        }
    }
}
