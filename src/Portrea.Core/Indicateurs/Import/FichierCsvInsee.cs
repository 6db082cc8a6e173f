using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portrea.Core.Imports;

namespace Portrea.Core.Indicateurs.Import;

/// <summary>
/// A wide statistical CSV as INSEE publishes it (one row per territory, one column per variable): <c>;</c> or
/// <c>,</c> separated, UTF-8 or Latin-1, read whole into memory (INSEE commune files are a few tens of megabytes).
/// </summary>
public sealed class FichierCsvInsee
{
    private FichierCsvInsee(string nom, char separateur, IReadOnlyList<string> entetes, IReadOnlyList<(int Ligne, string[] Cellules)> lignes)
    {
        Nom = nom;
        Separateur = separateur;
        Entetes = entetes;
        Lignes = lignes;
    }

    public string Nom { get; }

    public char Separateur { get; }

    public IReadOnlyList<string> Entetes { get; }

    /// <summary>Data rows with their line number in the file (the header is line 1).</summary>
    public IReadOnlyList<(int Ligne, string[] Cellules)> Lignes { get; }

    public static FichierCsvInsee Lire(string chemin)
    {
        if (!File.Exists(chemin))
        {
            throw new FichierIllisibleException($"Fichier introuvable : {chemin}");
        }

        var nom = Path.GetFileName(chemin);
        var octets = File.ReadAllBytes(chemin);
        if (octets.Length == 0)
        {
            throw new FichierIllisibleException($"Le fichier {nom} est vide.");
        }

        if (Array.IndexOf(octets, (byte)0) >= 0)
        {
            throw new FichierIllisibleException($"Le fichier {nom} n'est pas un fichier texte CSV (contenu binaire).");
        }

        var texte = Decoder(octets);
        var fin = texte.IndexOfAny(['\r', '\n']);
        var premiereLigne = fin >= 0 ? texte[..fin] : texte;
        var separateur = new[] { ';', ',', '\t' }.OrderByDescending(s => premiereLigne.Count(c => c == s)).First();
        if (!premiereLigne.Contains(separateur))
        {
            throw new FichierIllisibleException($"Le fichier {nom} n'a qu'une colonne : séparateur « ; » ou « , » attendu.");
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separateur.ToString(),
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        try
        {
            using var lecteur = new StringReader(texte);
            using var parseur = new CsvParser(lecteur, configuration);
            if (!parseur.Read() || parseur.Record is null)
            {
                throw new FichierIllisibleException($"Le fichier {nom} n'a pas de ligne d'en-tête.");
            }

            var entetes = parseur.Record.Select(e => e.Trim().Trim('\uFEFF')).ToList();
            var lignes = new List<(int, string[])>();
            while (parseur.Read())
            {
                if (parseur.Record is { } cellules && !(cellules.Length == 1 && cellules[0].Length == 0))
                {
                    lignes.Add((parseur.RawRow, cellules));
                }
            }

            return new FichierCsvInsee(nom, separateur, entetes, lignes);
        }
        catch (CsvHelperException ex)
        {
            throw new FichierIllisibleException($"Le fichier {nom} n'est pas un CSV lisible (ligne {ex.Context?.Parser?.RawRow}) : il est peut-être tronqué.", ex);
        }
    }

    /// <summary>Reads a cell as a number; null for a secret or missing cell. French decimals ("12,5") and thousands spaces are accepted.</summary>
    public static bool TryLireNombre(string cellule, out double? valeur)
    {
        valeur = null;
        var texte = cellule.Trim();
        if (texte.Length == 0 || CellulesManquantes.Contains(texte))
        {
            return true;
        }

        texte = texte.Replace("\u202f", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (double.TryParse(texte, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var nombre)
            && double.IsFinite(nombre))
        {
            valeur = nombre;
            return true;
        }

        return false;
    }

    // How INSEE, the CAF and others mark a secret or unavailable cell.
    private static readonly HashSet<string> CellulesManquantes = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "nd", "n.d.", "n.d", "na", "nan", "ns", "nc", "secret", "-", ".", "..", "x", "null",
    };

    private static string Decoder(byte[] octets)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(octets);
        }
        catch (DecoderFallbackException)
        {
            // Older INSEE files are in Latin-1 (ISO-8859-1); their accents are then read correctly.
            return Encoding.Latin1.GetString(octets);
        }
    }
}
