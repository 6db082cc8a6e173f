using System.Globalization;
using System.Text.RegularExpressions;

namespace Portrea.Core.Lieux.Standard;

/// <summary>The validation patterns of schema.json v1.0.2, and the normalisations we apply before checking them.</summary>
public static partial class ReglesStandard
{
    [GeneratedRegex(@"^[a-zA-Z0-9]{9,14}$")]
    public static partial Regex Pivot();

    [GeneratedRegex(@"^\d{5}$")]
    public static partial Regex CodePostal();

    [GeneratedRegex(@"^([013-9]\d|2[AB1-9])\d{3}$")]
    public static partial Regex CodeInsee();

    [GeneratedRegex(@"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$")]
    public static partial Regex Telephone();

    // Pragmatic e-mail check (one @, a dot in the domain, no spaces): what the national validators accept.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public static partial Regex Courriel();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex SeparateursTelephone();

    /// <summary>Turns « 02 96 60 47 87 » or « 0296604787 » into « +33296604787 »; leaves other values for the pattern to refuse.</summary>
    public static string NormaliserTelephone(string telephone)
    {
        var t = SeparateursTelephone().Replace(telephone.Trim(), "");
        if (t.StartsWith("0033", StringComparison.Ordinal))
        {
            t = "+33" + t[4..];
        }
        else if (t.Length == 10 && t[0] == '0' && t.All(char.IsAsciiDigit))
        {
            t = "+33" + t[1..];
        }
        else if (t.StartsWith("+330", StringComparison.Ordinal))
        {
            t = "+33" + t[4..];
        }

        return t;
    }

    public static bool EstUrl(string valeur) =>
        Uri.TryCreate(valeur.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Accepts ISO 8601 dates, with or without a time part (the date is kept).</summary>
    public static bool TryLireDate(string texte, out DateOnly date)
    {
        var t = texte.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && t.Contains('-'))
        {
            date = DateOnly.FromDateTime(instant.UtcDateTime);
            return true;
        }

        return false;
    }

    public static bool TryLireNombre(string texte, out double nombre) =>
        double.TryParse(texte.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out nombre);
}
