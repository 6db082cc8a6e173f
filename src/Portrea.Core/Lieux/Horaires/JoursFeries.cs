namespace Portrea.Core.Lieux.Horaires;

/// <summary>A French public holiday.</summary>
public sealed record JourFerie(DateOnly Jour, string Nom);

/// <summary>
/// The eleven public holidays of metropolitan France (Code du travail, art. L3133-1), used by the <c>PH</c>
/// selector. Alsace-Moselle's Good Friday and 26 December and the overseas abolition days are not included.
/// Easter is computed by hand (anonymous Gregorian algorithm): no holiday package is available to the project.
/// </summary>
public static class JoursFeries
{
    public static bool EstFerie(DateOnly jour) => DeLAnnee(jour.Year).Any(f => f.Jour == jour);

    public static IReadOnlyList<JourFerie> DeLAnnee(int annee)
    {
        if (annee is < 1583 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(annee), "Les jours fériés sont calculés pour les années 1583 à 9999.");
        }

        var paques = Paques(annee);
        return
        [
            new(new DateOnly(annee, 1, 1), "Jour de l'an"),
            new(paques.AddDays(1), "Lundi de Pâques"),
            new(new DateOnly(annee, 5, 1), "Fête du Travail"),
            new(new DateOnly(annee, 5, 8), "Victoire 1945"),
            new(paques.AddDays(39), "Ascension"),
            new(paques.AddDays(50), "Lundi de Pentecôte"),
            new(new DateOnly(annee, 7, 14), "Fête nationale"),
            new(new DateOnly(annee, 8, 15), "Assomption"),
            new(new DateOnly(annee, 11, 1), "Toussaint"),
            new(new DateOnly(annee, 11, 11), "Armistice 1918"),
            new(new DateOnly(annee, 12, 25), "Noël"),
        ];
    }

    /// <summary>Easter Sunday (Meeus/Jones/Butcher).</summary>
    public static DateOnly Paques(int annee)
    {
        var a = annee % 19;
        var b = annee / 100;
        var c = annee % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var mois = (h + l - (7 * m) + 114) / 31;
        var jour = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(annee, mois, jour);
    }
}
