namespace Portrea.Core.Orientation;

/// <summary>What the professional knows of the person's situation; each maps to the standard's publics and specific care.</summary>
public enum Situation
{
    Senior,
    Jeune,
    Sourd,
    Malvoyant,
    Illettrisme,
    LangueEtrangere,
    SansOrdinateur,

    /// <summary>Needs someone to do the procedure with them (or for them), not only to be shown how.</summary>
    Accompagnement,
}

public static class SituationTexte
{
    public static readonly IReadOnlyList<Situation> Toutes = Enum.GetValues<Situation>();

    /// <summary>Code in URLs and the API (<c>situation=senior,sourd</c>).</summary>
    public static string Code(this Situation situation) => situation switch
    {
        Situation.Senior => "senior",
        Situation.Jeune => "jeune",
        Situation.Sourd => "sourd",
        Situation.Malvoyant => "malvoyant",
        Situation.Illettrisme => "illettrisme",
        Situation.LangueEtrangere => "langue-etrangere",
        Situation.SansOrdinateur => "sans-ordinateur",
        Situation.Accompagnement => "accompagnement",
        _ => throw new ArgumentOutOfRangeException(nameof(situation)),
    };

    /// <summary>How the form names it, from the person's side.</summary>
    public static string Libelle(this Situation situation) => situation switch
    {
        Situation.Senior => "Personne âgée (senior)",
        Situation.Jeune => "Jeune",
        Situation.Sourd => "Personne sourde ou malentendante",
        Situation.Malvoyant => "Personne aveugle ou malvoyante",
        Situation.Illettrisme => "Difficultés à lire ou à écrire",
        Situation.LangueEtrangere => "Parle peu le français",
        Situation.SansOrdinateur => "Pas d'ordinateur ni d'internet à la maison",
        Situation.Accompagnement => "A besoin qu'on fasse avec elle, pas seulement qu'on lui montre",
        _ => throw new ArgumentOutOfRangeException(nameof(situation)),
    };

    public static bool TryParse(string? texte, out Situation situation)
    {
        situation = default;
        var t = texte?.Trim().ToLowerInvariant();
        foreach (var s in Toutes)
        {
            if (t == s.Code() || t == s.ToString().ToLowerInvariant())
            {
                situation = s;
                return true;
            }
        }

        return false;
    }
}
