using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Ressources;

/// <summary>Reads the ISO times of the API: a Paris wall-clock time (<c>2027-01-12T09:00</c>), or an instant with its offset, converted to Paris time.</summary>
public static class LectureHeureLocale
{
    private static readonly string[] FormatsLocaux = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static bool TryLire(string? texte, out DateTime heure)
    {
        heure = default;
        if (string.IsNullOrWhiteSpace(texte))
        {
            return false;
        }

        if (DateTime.TryParseExact(texte.Trim(), FormatsLocaux, CultureInfo.InvariantCulture, DateTimeStyles.None, out var locale))
        {
            heure = DateTime.SpecifyKind(locale, DateTimeKind.Unspecified);
            return true;
        }

        if (DateTimeOffset.TryParse(texte.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && texte.Contains('T', StringComparison.Ordinal))
        {
            heure = HeureDeParis.Depuis(instant);
            return true;
        }

        return false;
    }
}
