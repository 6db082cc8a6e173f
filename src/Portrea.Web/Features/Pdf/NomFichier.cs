using System.Globalization;
using System.Text;

namespace Portrea.Web.Features.Pdf;

/// <summary>Download names that survive every file system and mail client: ASCII, lower case, hyphens.</summary>
public static class NomFichier
{
    public static string Slug(string texte)
    {
        var sans = new StringBuilder();
        foreach (var c in texte.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sans.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', sans.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    public static string Pdf(string prefixe, string niveau, string code, string nom, DateOnly date) =>
        Fichier(prefixe, niveau, code, nom, date, "pdf");

    public static string Fichier(string prefixe, string niveau, string code, string nom, DateOnly date, string extension) =>
        $"{prefixe}-{niveau}-{code}-{Slug(nom)}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
