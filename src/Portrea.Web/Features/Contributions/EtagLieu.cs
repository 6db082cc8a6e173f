using System.Globalization;
using Portrea.Core.Lieux;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// The strong ETag of a place's sheet is its version: it changes with every change of the place, its services or
/// contacts, and is the same on every instance, so <c>If-Match</c> works behind a load balancer.
/// </summary>
public static class EtagLieu
{
    private const string Prefixe = "\"lieu-";

    public static string Pour(Lieu lieu) => Pour(lieu.Version);

    public static string Pour(int version) => Prefixe + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version in an <c>If-Match</c> value; weak tags and <c>*</c> are refused, they cannot protect an edit.</summary>
    public static bool TryLire(string? entete, out int version)
    {
        version = 0;
        var valeur = entete?.Trim();
        return valeur is not null && valeur.StartsWith(Prefixe, StringComparison.Ordinal) && valeur.EndsWith('"')
            && int.TryParse(valeur[Prefixe.Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
