using System.Globalization;

namespace Portrea.Web.Features.Shared;

/// <summary>French display of figures; a missing value is said to be missing, never shown as zero.</summary>
public static class Format
{
    public static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public const string Manquant = "non disponible";

    public static string Nombre(long? valeur) => valeur is null ? Manquant : valeur.Value.ToString("N0", Francais);

    public static string Date(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("d MMMM yyyy", Francais);
}
