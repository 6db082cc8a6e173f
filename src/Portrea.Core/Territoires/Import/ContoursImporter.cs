using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Portrea.Core.Geo;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Core.Territoires.Import;

/// <summary>Loads territory outlines from a GeoJSON FeatureCollection in WGS84 (one feature per territory).</summary>
public sealed class ContoursImporter(PortreaDbContext db, TimeProvider horloge)
{
    // Property names that carry the territory code in the files we know: ours, IGN Admin Express, OpenDataSoft.
    private static readonly string[] ProprietesCode = ["code", "code_insee", "INSEE_COM", "insee", "siren", "SIREN_EPCI", "INSEE_DEP", "INSEE_REG", "com_code", "epci_code"];

    public async Task<RapportImport> ImporterAsync(
        string fichier,
        NiveauTerritoire niveau,
        bool simulation,
        string? source,
        IProgress<ProgressionImport>? progression,
        CancellationToken ct)
    {
        var rapport = new RapportImport { Simulation = simulation };
        using var document = LireDocument(fichier);
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new FichierIllisibleException($"Le fichier {Path.GetFileName(fichier)} n'est pas une FeatureCollection GeoJSON.");
        }

        var connus = await CodesConnusAsync(niveau, ct);
        var contours = new Dictionary<string, (Contour Contour, Point Interieur)>();
        var ligne = 0;
        foreach (var feature in features.EnumerateArray())
        {
            ligne++;
            var code = LireCode(feature);
            if (code is null)
            {
                rapport.Rejeter(ligne, "code", "aucune propriété ne donne le code du territoire");
                continue;
            }

            if (!connus.Contains(code))
            {
                rapport.Avertissements.Add($"Élément {ligne} : aucun territoire de niveau {niveau.Libelle()} n'a le code « {code} », contour ignoré.");
                continue;
            }

            Geometry geometrie;
            try
            {
                geometrie = GeoJsonGeometrie.Lire(feature.GetProperty("geometry"));
            }
            catch (Exception ex) when (ex is FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                rapport.Rejeter(ligne, "geometry", $"géométrie illisible : {ex.Message}");
                continue;
            }

            var enveloppe = geometrie.EnvelopeInternal;
            if (enveloppe.MinX < -180 || enveloppe.MaxX > 180 || enveloppe.MinY < -90 || enveloppe.MaxY > 90)
            {
                rapport.Rejeter(ligne, "geometry", "coordonnées hors WGS84 (longitude/latitude attendues)");
                continue;
            }

            if (!contours.TryAdd(code, (NouveauContour(niveau, code, geometrie), geometrie.InteriorPoint)))
            {
                rapport.Doublons++;
                rapport.Rejeter(ligne, "code", $"le code « {code} » apparaît deux fois");
            }
        }

        rapport.Acceptes = contours.Count;
        if (simulation || rapport.ARejets)
        {
            return rapport;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var codes = contours.Keys.ToList();
        await db.Contours.Where(c => c.Niveau == niveau && codes.Contains(c.Code)).ExecuteDeleteAsync(ct);
        db.Contours.AddRange(contours.Values.Select(v => v.Contour));
        if (niveau == NiveauTerritoire.Commune)
        {
            await PlacerCentresAsync(contours.ToDictionary(kv => kv.Key, kv => kv.Value.Interieur), ct);
        }

        EnregistrerProvenance(fichier, source);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        progression?.Report(new ProgressionImport($"Contours ({niveau.Libelle()})", contours.Count, contours.Count));
        rapport.Applique = true;
        return rapport;
    }

    private static JsonDocument LireDocument(string fichier)
    {
        if (!File.Exists(fichier))
        {
            throw new FichierIllisibleException($"Fichier introuvable : {fichier}");
        }

        try
        {
            using var flux = File.OpenRead(fichier);
            return JsonDocument.Parse(flux);
        }
        catch (JsonException ex)
        {
            throw new FichierIllisibleException(
                $"Le fichier {Path.GetFileName(fichier)} n'est pas un GeoJSON valide (ligne {ex.LineNumber + 1}) : il est peut-être tronqué.", ex);
        }
    }

    private async Task<HashSet<string>> CodesConnusAsync(NiveauTerritoire niveau, CancellationToken ct) => niveau switch
    {
        NiveauTerritoire.Region => [.. await db.Regions.Select(r => r.Code).ToListAsync(ct)],
        NiveauTerritoire.Departement => [.. await db.Departements.Select(d => d.Code).ToListAsync(ct)],
        NiveauTerritoire.Epci => [.. await db.Epcis.Select(e => e.Siren).ToListAsync(ct)],
        _ => [.. await db.Communes.Select(c => c.Code).ToListAsync(ct)],
    };

    private async Task PlacerCentresAsync(Dictionary<string, Point> interieurs, CancellationToken ct)
    {
        var communes = await db.Communes.Where(c => interieurs.Keys.Contains(c.Code)).ToListAsync(ct);
        foreach (var commune in communes)
        {
            var point = interieurs[commune.Code];
            commune.Longitude = Math.Round(point.X, 6);
            commune.Latitude = Math.Round(point.Y, 6);
        }
    }

    private static Contour NouveauContour(NiveauTerritoire niveau, string code, Geometry geometrie)
    {
        var e = geometrie.EnvelopeInternal;
        return new Contour
        {
            Niveau = niveau,
            Code = code,
            GeoJson = GeoJsonGeometrie.Ecrire(geometrie),
            MinLongitude = e.MinX,
            MinLatitude = e.MinY,
            MaxLongitude = e.MaxX,
            MaxLatitude = e.MaxY,
        };
    }

    private static string? LireCode(JsonElement feature)
    {
        if (!feature.TryGetProperty("properties", out var proprietes) || proprietes.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var nom in ProprietesCode)
        {
            if (proprietes.TryGetProperty(nom, out var valeur))
            {
                return valeur.ValueKind == JsonValueKind.Number ? valeur.GetRawText() : valeur.GetString();
            }
        }

        return null;
    }

    private void EnregistrerProvenance(string fichier, string? source)
    {
        var existant = db.JeuxDeDonnees.Find(CleJeux.Contours);
        var jeu = new JeuDeDonnees
        {
            Cle = CleJeux.Contours,
            Libelle = "Contours des territoires",
            Source = source ?? existant?.Source ?? Path.GetFileName(fichier),
            Licence = existant?.Licence ?? "Licence Ouverte / Etalab 2.0",
            Millesime = existant?.Millesime ?? "",
            Fichier = Path.GetFileName(fichier),
            ImporteLe = horloge.GetUtcNow(),
        };
        if (existant is null)
        {
            db.JeuxDeDonnees.Add(jeu);
        }
        else
        {
            db.Entry(existant).CurrentValues.SetValues(jeu);
        }
    }
}
