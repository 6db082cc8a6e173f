using System.Globalization;
using System.Text.Json;
using Portrea.Core.Imports;

namespace Portrea.Core.Lieux.Import.Lecture;

/// <summary>
/// Reads the standard's JSON layout: an array of flat objects (or an object holding one such array). Arrays of values
/// are joined with '|', the standard's multi-value separator; numbers are kept in invariant culture.
/// </summary>
public static class LecteurJson
{
    public static TableauLu Lire(byte[] contenu, string nomFichier)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(contenu);
        }
        catch (JsonException ex)
        {
            throw new FichierIllisibleException(
                $"Le fichier {nomFichier} n'est pas un JSON valide (ligne {ex.LineNumber + 1}) : il est peut-être tronqué.", ex);
        }

        using (document)
        {
            var racine = document.RootElement;
            if (racine.ValueKind == JsonValueKind.Object)
            {
                racine = racine.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
            }

            if (racine.ValueKind != JsonValueKind.Array)
            {
                throw new FichierIllisibleException($"Le fichier {nomFichier} ne contient pas de liste de lieux (tableau JSON attendu).");
            }

            var colonnes = new List<string>();
            var lignes = new List<LigneLue>();
            var rang = 0;
            foreach (var element in racine.EnumerateArray())
            {
                rang++;
                var valeurs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var propriete in element.EnumerateObject())
                    {
                        valeurs[propriete.Name] = Texte(propriete.Value);
                        if (!colonnes.Contains(propriete.Name, StringComparer.OrdinalIgnoreCase))
                        {
                            colonnes.Add(propriete.Name);
                        }
                    }
                }

                lignes.Add(new LigneLue(rang, valeurs));
            }

            return new TableauLu(colonnes, lignes);
        }
    }

    private static string Texte(JsonElement valeur) => valeur.ValueKind switch
    {
        JsonValueKind.String => valeur.GetString() ?? "",
        JsonValueKind.Number => valeur.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join('|', valeur.EnumerateArray().Select(Texte).Where(t => t.Length > 0)),
        _ => "",
    };
}
