namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Opening hours are wall-clock times in Europe/Paris; instants are converted with the system time-zone database so
/// that daylight-saving changes (last Sunday of March and October) are honoured.
/// </summary>
public static class HeureDeParis
{
    public static TimeZoneInfo Fuseau { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The Paris wall-clock time of an instant.</summary>
    public static DateTime Depuis(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Fuseau).DateTime, DateTimeKind.Unspecified);

    /// <summary>The current Paris wall-clock time read from <paramref name="horloge"/>.</summary>
    public static DateTime Maintenant(TimeProvider horloge) => Depuis(horloge.GetUtcNow());

    /// <summary>
    /// The instant of a Paris wall-clock time. A time skipped by the spring change does not exist and is refused;
    /// a time repeated by the autumn change is taken at its first occurrence (summer time).
    /// </summary>
    public static DateTimeOffset VersInstant(DateTime heureLocale)
    {
        var locale = DateTime.SpecifyKind(heureLocale, DateTimeKind.Unspecified);
        if (Fuseau.IsInvalidTime(locale))
        {
            throw new ArgumentException($"L'heure {locale:yyyy-MM-dd HH:mm} n'existe pas à Paris (passage à l'heure d'été).", nameof(heureLocale));
        }

        var decalage = Fuseau.IsAmbiguousTime(locale) ? Fuseau.GetAmbiguousTimeOffsets(locale).Max() : Fuseau.GetUtcOffset(locale);
        return new DateTimeOffset(locale, decalage);
    }
}
