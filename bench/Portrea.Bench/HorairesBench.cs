using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Bench;

/// <summary>Opening-hours engine: parsing the shipped <c>horaires</c> values, then "open at T" and the French text.</summary>
public static class HorairesBench
{
    public static Task LancerAsync(string[] args)
    {
        var textes = Textes();
        var valides = textes.Where(t => HorairesOsm.TryAnalyser(t, out _, out _)).ToList();
        Console.WriteLine($"Horaires distincts de la cartographie nationale 2022 (Bretagne) : {textes.Count}, dont {valides.Count} valides");

        const int tours = 200;
        var analyses = Chronometrer(() =>
        {
            for (var i = 0; i < tours; i++)
            {
                foreach (var texte in textes)
                {
                    _ = HorairesOsm.TryAnalyser(texte, out _, out _);
                }
            }
        });
        var nombreAnalyses = tours * textes.Count;
        Console.WriteLine($"Analyse : {nombreAnalyses / analyses.TotalSeconds:N0} textes/s ({analyses.TotalMilliseconds * 1000 / nombreAnalyses:N1} µs par texte, {nombreAnalyses:N0} analyses)");

        var horaires = valides.Select(HorairesOsm.Analyser).ToList();
        var debut = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var heures = Enumerable.Range(0, 365 * 24).Select(h => debut.AddMinutes((h * 60) + 17)).ToArray();
        var ouvertes = 0;
        var evaluations = Chronometrer(() =>
        {
            foreach (var h in horaires)
            {
                foreach (var heure in heures)
                {
                    ouvertes += h.EstOuvert(heure) ? 1 : 0;
                }
            }
        });
        var nombreEvaluations = horaires.Count * heures.Length;
        Console.WriteLine($"EstOuvert : {nombreEvaluations / evaluations.TotalSeconds:N0} appels/s ({evaluations.TotalMilliseconds * 1000 / nombreEvaluations:N2} µs par appel ; {horaires.Count} horaires × chaque heure de 2026, {100.0 * ouvertes / nombreEvaluations:N1} % ouvert)");

        var redactions = Chronometrer(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                foreach (var h in horaires)
                {
                    _ = h.EnFrancais();
                    _ = h.HeuresParSemaine();
                }
            }
        });
        Console.WriteLine($"EnFrancais + HeuresParSemaine : {redactions.TotalMilliseconds * 1000 / (20 * horaires.Count):N1} µs par horaire");
        Console.WriteLine($"Mémoire maximale du processus : {Mesure.MemoireMaximale()}");
        return Task.CompletedTask;
    }

    private static TimeSpan Chronometrer(Action action)
    {
        action(); // warm-up: JIT and caches
        var chrono = Stopwatch.StartNew();
        action();
        return chrono.Elapsed;
    }

    private static List<string> Textes()
    {
        using var lecteur = new StreamReader(Path.Combine(AppContext.BaseDirectory, "data", "lieux", "bretagne_lieux_cnfs_cartographie_nationale_2022.csv"));
        using var csv = new CsvReader(lecteur, CultureInfo.InvariantCulture);
        var textes = new HashSet<string>(StringComparer.Ordinal);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            if (csv.GetField("horaires") is { Length: > 0 } texte)
            {
                textes.Add(texte);
            }
        }

        return [.. textes.Order(StringComparer.Ordinal)];
    }
}
