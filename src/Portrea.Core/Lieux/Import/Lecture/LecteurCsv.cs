using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portrea.Core.Imports;

namespace Portrea.Core.Lieux.Import.Lecture;

/// <summary>Reads a CSV file in UTF-8 whose separator is a comma, a semicolon or a tab (detected on the header line).</summary>
public static class LecteurCsv
{
    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TableauLu Lire(byte[] contenu, string nomFichier)
    {
        string texte;
        try
        {
            texte = Utf8Strict.GetString(contenu);
        }
        catch (DecoderFallbackException)
        {
            throw new FichierIllisibleException(
                $"Le fichier {nomFichier} n'est pas encodé en UTF-8 (il est peut-être en Windows-1252 / Latin-1) : enregistrez-le en « CSV UTF-8 » puis relancez l'import.");
        }

        if (texte.Contains('\0'))
        {
            throw new FichierIllisibleException($"Le fichier {nomFichier} n'est pas un fichier texte CSV.");
        }

        texte = texte.TrimStart('\uFEFF');
        var premiereLigne = texte.Split('\n', 2)[0];
        var separateur = new[] { ",", ";", "\t" }.OrderByDescending(s => premiereLigne.Split(s).Length).First();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separateur,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = contexte => throw new FichierIllisibleException(
                $"Le fichier {nomFichier} est mal formé à la ligne {contexte.Context?.Parser?.RawRow} (guillemet non fermé ?) : il est peut-être tronqué."),
            TrimOptions = TrimOptions.Trim,
        };

        try
        {
            using var lecteur = new CsvReader(new StringReader(texte), configuration);
            if (!lecteur.Read() || !lecteur.ReadHeader() || lecteur.HeaderRecord is not { Length: > 1 } entetes)
            {
                throw new FichierIllisibleException($"Le fichier {nomFichier} est vide ou n'a pas de ligne d'en-tête CSV.");
            }

            var colonnes = entetes.Select(e => e.Trim()).ToArray();
            var lignes = new List<LigneLue>();
            while (lecteur.Read())
            {
                var valeurs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < colonnes.Length; i++)
                {
                    valeurs[colonnes[i]] = lecteur.TryGetField<string>(i, out var v) ? v ?? "" : "";
                }

                if (valeurs.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                lignes.Add(new LigneLue(lecteur.Parser.RawRow, valeurs));
            }

            return new TableauLu(colonnes, lignes);
        }
        catch (CsvHelperException ex)
        {
            throw new FichierIllisibleException($"Le fichier {nomFichier} n'est pas un CSV lisible : {ex.Message.Split('\n')[0]}", ex);
        }
    }
}
