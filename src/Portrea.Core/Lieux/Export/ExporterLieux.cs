using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Export;

/// <summary>The export formats of the place list.</summary>
public enum FormatExportLieux
{
    MednumCsv,
    MednumJson,
    GeoJson,
    Xlsx,
}

/// <summary>
/// Writes places in the standard v1.0.2 (CSV with its exact header, or JSON with the same keys), or with every PorTReA
/// field in GeoJSON and XLSX. The standard files carry only the standard's fields.
/// </summary>
public static class ExporterLieux
{
    public static bool TryParse(string? texte, out FormatExportLieux format)
    {
        format = FormatExportLieux.MednumCsv;
        switch (texte?.Trim().ToLowerInvariant())
        {
            case null or "" or "mednum-csv" or "csv":
                return true;
            case "mednum-json" or "json":
                format = FormatExportLieux.MednumJson;
                return true;
            case "geojson":
                format = FormatExportLieux.GeoJson;
                return true;
            case "xlsx":
                format = FormatExportLieux.Xlsx;
                return true;
            default:
                return false;
        }
    }

    public static (string TypeMime, string Extension) Type(FormatExportLieux format) => format switch
    {
        FormatExportLieux.MednumCsv => ("text/csv; charset=utf-8", "csv"),
        FormatExportLieux.MednumJson => ("application/json; charset=utf-8", "json"),
        FormatExportLieux.GeoJson => ("application/geo+json; charset=utf-8", "geojson"),
        _ => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    };

    public static string NomFichier(FormatExportLieux format, DateOnly jour) =>
        $"lieux-mediation-numerique-{jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Type(format).Extension}";

    public static void Ecrire(IReadOnlyList<Lieu> lieux, FormatExportLieux format, Stream sortie)
    {
        switch (format)
        {
            case FormatExportLieux.MednumCsv:
                EcrireCsv(lieux, sortie);
                break;
            case FormatExportLieux.MednumJson:
                EcrireJson(lieux, sortie);
                break;
            case FormatExportLieux.GeoJson:
                ExportGeoJson.Ecrire(lieux, sortie);
                break;
            default:
                ExportXlsx.Ecrire(lieux, sortie);
                break;
        }
    }

    private static void EcrireCsv(IReadOnlyList<Lieu> lieux, Stream sortie)
    {
        using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(false), leaveOpen: true);
        using var csv = new CsvWriter(ecrivain, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var champ in ChampsStandard.Tous)
        {
            csv.WriteField(champ);
        }

        csv.NextRecord();
        foreach (var lieu in lieux)
        {
            foreach (var valeur in LigneStandard.Valeurs(lieu))
            {
                csv.WriteField(valeur);
            }

            csv.NextRecord();
        }
    }

    private static void EcrireJson(IReadOnlyList<Lieu> lieux, Stream sortie)
    {
        using var json = new Utf8JsonWriter(sortie, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var lieu in lieux)
        {
            json.WriteStartObject();
            foreach (var (champ, valeur) in ChampsStandard.Tous.Zip(LigneStandard.Valeurs(lieu)))
            {
                if (valeur.Length == 0)
                {
                    continue;
                }

                if (champ is ChampsStandard.Latitude or ChampsStandard.Longitude)
                {
                    json.WriteNumber(champ, double.Parse(valeur, CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteString(champ, valeur);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
