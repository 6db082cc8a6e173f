using System.Globalization;

namespace Portrea.Core.Campagnes;

/// <summary>The campaign dates of a calendar: « MM-JJ » stored joined by '|', typed as « 1/3, 1/7, 1/11 » (day/month).</summary>
public static class DatesCalendrier
{
    public static IReadOnlyList<(int Mois, int Jour)> Lire(string? valeur) =>
        [.. (valeur ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('-'))
            .Where(p => p.Length == 2)
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
            .Order()];

    public static string Ecrire(IEnumerable<(int Mois, int Jour)> dates) =>
        string.Join('|', dates.Order().Select(d => $"{d.Mois:00}-{d.Jour:00}"));

    public static string Afficher(IEnumerable<(int Mois, int Jour)> dates) =>
        string.Join(", ", dates.Select(d => new DateOnly(2024, d.Mois, d.Jour).ToString("d MMMM", CultureInfo.GetCultureInfo("fr-FR"))));

    public static string Saisie(IEnumerable<(int Mois, int Jour)> dates) => string.Join(", ", dates.Select(d => $"{d.Jour}/{d.Mois}"));

    /// <summary>Reads typed dates « 1/3, 1/7 » (day/month); returns the French error or null.</summary>
    public static string? Valider(string? saisie, out IReadOnlyList<(int Mois, int Jour)> dates)
    {
        dates = [];
        var lues = new List<(int, int)>();
        foreach (var morceau in (saisie ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = morceau.Split('/', '-', '.');
            if (p.Length != 2
                || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out var jour)
                || !int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mois)
                || mois is < 1 or > 12 || jour < 1 || jour > DateTime.DaysInMonth(2023, mois))
            {
                return $"« {morceau} » n'est pas une date jour/mois valable (par exemple « 1/3 » pour le 1er mars ; le 29 février n'existe pas tous les ans).";
            }

            lues.Add((mois, jour));
        }

        if (lues.Count == 0)
        {
            return "Indiquez au moins une date de campagne.";
        }

        if (lues.Count > 12 || lues.Distinct().Count() != lues.Count)
        {
            return "Douze dates différentes au plus.";
        }

        dates = [.. lues.Order()];
        return null;
    }

    /// <summary>The latest calendar date on or before <paramref name="aujourdhui"/> (this year or last).</summary>
    public static DateOnly? DerniereEcheance(IReadOnlyList<(int Mois, int Jour)> dates, DateOnly aujourdhui) =>
        dates.SelectMany(d => new[] { new DateOnly(aujourdhui.Year, d.Mois, d.Jour), new DateOnly(aujourdhui.Year - 1, d.Mois, d.Jour) })
            .Where(d => d <= aujourdhui).Order().Cast<DateOnly?>().LastOrDefault();

    /// <summary>The next calendar date after <paramref name="aujourdhui"/>.</summary>
    public static DateOnly? Prochaine(IReadOnlyList<(int Mois, int Jour)> dates, DateOnly aujourdhui) =>
        dates.SelectMany(d => new[] { new DateOnly(aujourdhui.Year, d.Mois, d.Jour), new DateOnly(aujourdhui.Year + 1, d.Mois, d.Jour) })
            .Where(d => d > aujourdhui).Order().Cast<DateOnly?>().FirstOrDefault();
}
