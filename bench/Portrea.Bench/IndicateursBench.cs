using System.Diagnostics;
using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Territoires;

namespace Portrea.Bench;

/// <summary>
/// Recomputes every indicator of the registry on a synthetic national dataset (35 000 communes, 50 000 IRIS,
/// 20 variables) with all roll-ups to EPCI, départements and régions; the database load is not included.
/// </summary>
public static class IndicateursBench
{
    private const int Communes = 35_000;
    private const int Iris = 50_000;

    public static Task LancerAsync(string[] args)
    {
        var registre = RegistreIndicateurs.Integre();
        var donnees = Generer(registre);
        var moteur = new MoteurIndicateurs(registre, new OptionsIndicateurs().Parametres(registre));
        Console.WriteLine($"Jeu synthétique : {Communes:N0} communes, {Iris:N0} IRIS, {donnees.Variables.Count} variables, {registre.Indicateurs.Count} indicateurs");

        _ = moteur.Calculer(donnees); // first run pays the JIT
        var durees = new List<double>();
        ResultatsIndicateurs? resultats = null;
        for (var i = 0; i < 5; i++)
        {
            var chrono = Stopwatch.StartNew();
            resultats = moteur.Calculer(donnees);
            durees.Add(chrono.Elapsed.TotalMilliseconds);
        }

        durees.Sort();
        Console.WriteLine($"Calcul de tous les indicateurs et agrégats ({resultats!.Nombre:N0} valeurs) : médiane {durees[2]:N0} ms, max {durees[^1]:N0} ms (5 passes, objectif < 1 000 ms)");
        Console.WriteLine($"Mémoire maximale du processus : {Mesure.MemoireMaximale()}");
        return Task.CompletedTask;
    }

    private static DonneesCalcul Generer(RegistreIndicateurs registre)
    {
        var aleatoire = new Random(2026);
        var communes = Enumerable.Range(0, Communes)
            .Select(i => new CommuneCalcul($"{10 + i / 1000:00}{i % 1000:000}", $"2{i / 28:00000000}", $"{10 + i / 350:00}", $"{10 + i / 2000:00}", aleatoire.Next(50, 20_000)))
            .ToList();
        var epcis = communes.GroupBy(c => c.Epci!).Select(g => new TerritoireCalcul(NiveauTerritoire.Epci, g.Key, g.Count(), g.Sum(c => c.Population))).ToList();
        var variables = registre.Variables.Keys.Concat(["MEN", "ACT1564", "CHOM1564"]).Take(20).Order(StringComparer.Ordinal).ToList();
        var vide = DonneesCalcul.Vide(communes, epcis, variables, Iris);
        var caf = new[] { "A", "AAAH", "APPA", "ARSAS" }.Select(v => variables.IndexOf(v)).ToHashSet();
        for (var c = 0; c < Communes; c++)
        {
            for (var v = 0; v < variables.Count; v++)
            {
                if (caf.Contains(v))
                {
                    continue;
                }

                var k = c * variables.Count + v;
                vide.ValeursCommunes[k] = aleatoire.NextDouble() < 0.02 ? double.NaN : aleatoire.Next(0, 5_000);
                vide.OriginesCommunes[k] = (short)(v % 4);
            }
        }

        var iris = new string[Iris];
        for (var i = 0; i < Iris; i++)
        {
            // IRIS cover the larger communes, several each, as in INSEE's split.
            vide.CommuneDesIris[i] = i % 7_000;
            iris[i] = $"{communes[i % 7_000].Code}{i / 7_000:0000}";
            foreach (var v in caf)
            {
                vide.ValeursIris[i * variables.Count + v] = aleatoire.NextDouble() < 0.05 ? double.NaN : aleatoire.Next(0, 800);
                vide.OriginesIris[i * variables.Count + v] = 4;
            }
        }

        return new DonneesCalcul
        {
            Communes = communes,
            Epcis = epcis,
            Variables = variables,
            ValeursCommunes = vide.ValeursCommunes,
            OriginesCommunes = vide.OriginesCommunes,
            Iris = iris,
            CommuneDesIris = vide.CommuneDesIris,
            ValeursIris = vide.ValeursIris,
            OriginesIris = vide.OriginesIris,
            Origines = [("INSEE", "2021"), ("INSEE", "2017"), ("ARCEP", "2019"), ("DEFM", "2019"), ("CAF", "2021")],
        };
    }
}
