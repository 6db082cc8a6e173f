using System.Globalization;

namespace Portrea.Core.Campagnes;

/// <summary>Reminder delays (days after the launch) as stored, « 10|20 », and as typed, « 10, 20 ».</summary>
public static class DelaisCampagne
{
    public static IReadOnlyList<int> Lire(string? valeur) =>
        [.. (valeur ?? "").Split(['|', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : -1)
            .Where(j => j > 0).Order()];

    public static string Ecrire(IEnumerable<int> delais) => string.Join('|', delais.Order());

    /// <summary>Checks typed delays: whole days, increasing, within the campaign; returns the French error or null.</summary>
    public static string? Valider(string? saisie, int dureeJours, out IReadOnlyList<int> delais)
    {
        delais = [];
        var morceaux = (saisie ?? "").Split(['|', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var lus = new List<int>();
        foreach (var m in morceaux)
        {
            if (!int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var j) || j < 1)
            {
                return $"« {m} » n'est pas un nombre de jours : indiquez des nombres entiers positifs séparés par des virgules (par exemple « 10, 20 »).";
            }

            lus.Add(j);
        }

        if (lus.Count > 5)
        {
            return "Cinq relances au plus.";
        }

        if (lus.Distinct().Count() != lus.Count)
        {
            return "Deux relances tombent le même jour.";
        }

        if (lus.Any(j => j >= dureeJours))
        {
            return $"Une relance doit partir avant la fin de la campagne (moins de {dureeJours} jours après le lancement).";
        }

        delais = [.. lus.Order()];
        return null;
    }
}
