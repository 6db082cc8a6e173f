using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Ressources;

/// <summary>The days a weekly recurrence gives a slot: every matching weekday of its period, except its exceptions and public holidays.</summary>
public static class OccurrencesRecurrence
{
    /// <summary>At most a year of occurrences is written out at once; a longer period is published again later.</summary>
    public const int JoursMax = 366;

    public static IReadOnlyList<DateOnly> Jours(DayOfWeek jour, DateOnly du, DateOnly au, IReadOnlySet<DateOnly> exceptions)
    {
        var jours = new List<DateOnly>();
        var premier = du.AddDays(((int)jour - (int)du.DayOfWeek + 7) % 7);
        for (var d = premier; d <= au; d = d.AddDays(7))
        {
            if (!exceptions.Contains(d) && !JoursFeries.EstFerie(d))
            {
                jours.Add(d);
            }
        }

        return jours;
    }

    public static IReadOnlySet<DateOnly> LireExceptions(string texte) =>
        texte.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();

    public static string EcrireExceptions(IEnumerable<DateOnly> exceptions) =>
        string.Join('|', exceptions.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
