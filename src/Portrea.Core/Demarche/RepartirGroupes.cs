using System.Globalization;

namespace Portrea.Core.Demarche;

public sealed record Repartition<T>(IReadOnlyList<IReadOnlyList<T>> Groupes, string? Avertissement);

/// <summary>
/// Splits the participants of a collaborative day into groups of the referential's size (4 to 6), mixing structures:
/// the fewest groups that keep every group within the maximum, sizes as even as possible, and the participants dealt
/// in turn to each group after sorting them by structure (largest structures first), so that the members of one
/// structure are spread over as many groups as possible (never more than ⌈members ÷ groups⌉ in one group).
/// Deterministic: the same list gives the same groups. The only count that cannot fit 4–6 is 7 (4 + 3), said so.
/// </summary>
public static class RepartirGroupes
{
    public static Repartition<T> Repartir<T>(IReadOnlyList<T> participants, Func<T, string?> structure, Func<T, string> cle, Fourchette taille)
    {
        var n = participants.Count;
        if (n == 0)
        {
            return new([], null);
        }

        var nombre = Math.Max(1, (n + taille.Max - 1) / taille.Max);
        string? avertissement = null;
        if (n < taille.Min)
        {
            avertissement = $"Avec {n} participant{(n > 1 ? "s" : "")}, un seul groupe, plus petit que les {taille.Min} personnes recommandées.";
        }
        else if (n < nombre * taille.Min)
        {
            avertissement = $"Avec {n} participants, des groupes de {taille.Min} à {taille.Max} personnes sont impossibles : les groupes sont aussi égaux que possible.";
        }

        var ordonnes = participants
            .Select((p, rang) => (Participant: p, Structure: Normaliser(structure(p)) ?? "\u0001sans-structure-" + cle(p), Cle: cle(p)))
            .GroupBy(p => p.Structure, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(p => p.Cle, StringComparer.Ordinal))
            .ToList();
        var groupes = Enumerable.Range(0, nombre).Select(_ => new List<T>()).ToList();
        for (var i = 0; i < ordonnes.Count; i++)
        {
            groupes[i % nombre].Add(ordonnes[i].Participant);
        }

        return new([.. groupes], avertissement);
    }

    private static string? Normaliser(string? structure) =>
        string.IsNullOrWhiteSpace(structure) ? null : string.Join(' ', structure.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
