using Portrea.Core.Lieux.Import.MednumV0;

namespace Portrea.Core.Lieux.Dedoublonnage;

/// <summary>
/// Whether two place names designate the same place. Hand-written because no fuzzy-matching package is available here;
/// the rule is deliberately simple and explainable: once generic words are removed, one name's words contain the
/// other's, or they share at least half of their words.
/// </summary>
public static class SimilariteNoms
{
    private static readonly HashSet<string> MotsGeneriques =
    [
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur",
        "france", "services", "service", "espace", "maison", "centre", "antenne", "site", "lieu",
    ];

    public static bool Similaires(string a, string b)
    {
        var motsA = Mots(a);
        var motsB = Mots(b);
        if (motsA.Count == 0 || motsB.Count == 0)
        {
            return Cle(a) == Cle(b);
        }

        // "Médiathèque 1" and "Médiathèque 2", "Antenne 3" and "Antenne 4": numbered places are distinct places.
        var nombresA = motsA.Where(m => m.All(char.IsDigit)).ToHashSet();
        var nombresB = motsB.Where(m => m.All(char.IsDigit)).ToHashSet();
        if (nombresA.Count > 0 && nombresB.Count > 0 && !nombresA.SetEquals(nombresB))
        {
            return false;
        }

        var communs = motsA.Intersect(motsB).Count();
        return communs == Math.Min(motsA.Count, motsB.Count) || communs * 2 >= motsA.Union(motsB).Count();
    }

    private static string Cle(string nom) => CorrespondancesV0.Cle(nom);

    private static HashSet<string> Mots(string nom) =>
        [.. new string([.. Cle(nom).Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(m => !MotsGeneriques.Contains(m))];
}
