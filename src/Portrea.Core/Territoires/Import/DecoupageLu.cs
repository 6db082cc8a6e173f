using System.Text.Json;
using Portrea.Core.Imports;

namespace Portrea.Core.Territoires.Import;

/// <summary>
/// The content of the <c>@etalab/decoupage-administratif</c> files, read into plain records.
/// Accepts the package's own files (<c>regions.json</c>, <c>departements.json</c>, <c>epci.json</c>, <c>communes.json</c>,
/// each a JSON array) and a single object holding those arrays (<c>region(s)</c>, <c>departements</c>, <c>epci</c>, <c>communes</c>).
/// </summary>
public sealed class DecoupageLu
{
    public List<JsonElement> Regions { get; } = [];
    public List<JsonElement> Departements { get; } = [];
    public List<JsonElement> Epcis { get; } = [];
    public List<JsonElement> Communes { get; } = [];
    public string? Source { get; private set; }
    public string? Licence { get; private set; }

    private readonly List<JsonDocument> documents = [];

    public static DecoupageLu Lire(IEnumerable<string> chemins)
    {
        var lu = new DecoupageLu();
        foreach (var chemin in chemins)
        {
            if (Directory.Exists(chemin))
            {
                foreach (var fichier in Directory.EnumerateFiles(chemin, "*.json").Order(StringComparer.Ordinal))
                {
                    lu.AjouterFichier(fichier);
                }
            }
            else
            {
                lu.AjouterFichier(chemin);
            }
        }

        return lu;
    }

    private void AjouterFichier(string chemin)
    {
        if (!File.Exists(chemin))
        {
            throw new FichierIllisibleException($"Fichier introuvable : {chemin}");
        }

        JsonDocument document;
        try
        {
            using var flux = File.OpenRead(chemin);
            document = JsonDocument.Parse(flux, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FichierIllisibleException(
                $"Le fichier {Path.GetFileName(chemin)} n'est pas un JSON valide (ligne {ex.LineNumber + 1}) : il est peut-être tronqué.", ex);
        }

        documents.Add(document);
        var racine = document.RootElement;
        if (racine.ValueKind == JsonValueKind.Object)
        {
            Source ??= racine.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            Licence ??= racine.TryGetProperty("licence", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            AjouterTableau(racine, "region", Regions);
            AjouterTableau(racine, "regions", Regions);
            AjouterTableau(racine, "departements", Departements);
            AjouterTableau(racine, "epci", Epcis);
            AjouterTableau(racine, "communes", Communes);
        }
        else if (racine.ValueKind == JsonValueKind.Array)
        {
            var elements = racine.EnumerateArray().ToList();
            CibleSelonContenu(elements, Path.GetFileName(chemin)).AddRange(elements);
        }
        else
        {
            throw new FichierIllisibleException($"Le fichier {Path.GetFileName(chemin)} ne contient ni tableau ni objet JSON.");
        }
    }

    private List<JsonElement> CibleSelonContenu(List<JsonElement> elements, string nom)
    {
        var premier = elements.FirstOrDefault();
        if (premier.ValueKind != JsonValueKind.Object)
        {
            throw new FichierIllisibleException($"Le fichier {nom} ne ressemble pas à un fichier du découpage administratif.");
        }

        if (premier.TryGetProperty("membres", out _))
        {
            return Epcis;
        }

        if (premier.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("commune", StringComparison.Ordinal) == true)
        {
            return Communes;
        }

        if (premier.TryGetProperty("region", out _))
        {
            return Departements;
        }

        return Regions;
    }

    private static void AjouterTableau(JsonElement racine, string nom, List<JsonElement> cible)
    {
        if (racine.TryGetProperty(nom, out var tableau) && tableau.ValueKind == JsonValueKind.Array)
        {
            cible.AddRange(tableau.EnumerateArray());
        }
    }
}
