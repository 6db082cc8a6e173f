using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;
using Portrea.Core.Portraits;
using Portrea.Core.Territoires;

namespace Portrea.Bench;

/// <summary>
/// The territory portrait on the shipped Bretagne data: what-if recomputation latency for the largest EPCI (target
/// under 200 ms), then all 61 EPCI portraits printed as PDF through the web host, two at a time (two cores).
/// </summary>
public static class PortraitsBench
{
    public static async Task LancerAsync(string[] args)
    {
        var dossier = Path.Combine(Path.GetTempPath(), "portrea-bench-portraits-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portrea:DataDirectory"] = dossier }).Build());
        List<string> sirens;
        await using (var fournisseur = services.BuildServiceProvider())
        {
            Console.WriteLine($"Préparation : base SQLite dans {dossier} avec les données de Bretagne…");
            await using (var scope = fournisseur.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
            }

            sirens = await MesurerSimulationAsync(fournisseur);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await MesurerPdfAsync(dossier, sirens);
    }

    private static async Task<List<string>> MesurerSimulationAsync(ServiceProvider fournisseur)
    {
        await using var scope = fournisseur.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
        var charger = scope.ServiceProvider.GetRequiredService<ChargerPortrait>();
        var sirens = await db.Epcis.OrderBy(e => e.Siren).Select(e => e.Siren).ToListAsync();
        var plusGrand = await db.Communes.Where(c => c.EpciSiren != null).GroupBy(c => c.EpciSiren!)
            .Select(g => new { Siren = g.Key, Communes = g.Count() }).OrderByDescending(g => g.Communes).FirstAsync();
        var nom = await db.Epcis.Where(e => e.Siren == plusGrand.Siren).Select(e => e.Nom).FirstAsync();
        var communes = await db.Communes.Where(c => c.EpciSiren == plusGrand.Siren).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();

        // Warm-up: the indicator computation is cached per instance, as in the web host.
        var donnees = await charger.ChargerAsync(NiveauTerritoire.Epci, plusGrand.Siren, CancellationToken.None);
        var i = 0;
        ScenarioPortrait Suivant() => new([new AjoutPermanence(communes[i++ % communes.Count], CategorieBesoin.EtreAideDemarches, 4)], []);

        var (p50, p95) = await Mesure.PercentilesAsync(200, () =>
        {
            _ = CalculerPortrait.Calculer(donnees, charger.Options, Suivant());
            return Task.CompletedTask;
        });
        Console.WriteLine($"Simulation, {nom} ({plusGrand.Communes} communes, {donnees.Lieux.Count} lieux pris en compte) — calcul seul : médiane {p50:N2} ms, p95 {p95:N2} ms (200 simulations)");

        (p50, p95) = await Mesure.PercentilesAsync(50, async () =>
        {
            await using var s = fournisseur.CreateAsyncScope();
            _ = await s.ServiceProvider.GetRequiredService<ChargerPortrait>().CalculerAsync(NiveauTerritoire.Epci, plusGrand.Siren, Suivant(), CancellationToken.None);
        });
        Console.WriteLine($"Simulation, {nom} — lecture de la base + calcul : médiane {p50:N2} ms, p95 {p95:N2} ms (50 simulations ; objectif < 200 ms)");
        return sirens;
    }

    private static async Task MesurerPdfAsync(string dossier, List<string> sirens)
    {
        var port = HoteWebBench.PortLibre();
        using var hote = HoteWebBench.Demarrer(dossier, port);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await HoteWebBench.AttendreAsync(client, hote);
            _ = await client.GetByteArrayAsync($"/portraits/epci/{sirens[0]}");
            var octets = 0L;
            var durees = new List<double>();
            var chrono = Stopwatch.StartNew();
            await Parallel.ForEachAsync(sirens, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (siren, ct) =>
            {
                var un = Stopwatch.StartNew();
                using var reponse = await client.GetAsync($"/portraits/epci/{siren}.pdf", ct);
                reponse.EnsureSuccessStatusCode();
                var pdf = await reponse.Content.ReadAsByteArrayAsync(ct);
                lock (durees)
                {
                    durees.Add(un.Elapsed.TotalMilliseconds);
                    octets += pdf.Length;
                }
            });
            durees.Sort();
            Console.WriteLine($"PDF des {sirens.Count} portraits d'EPCI, 2 à la fois : {chrono.Elapsed.TotalSeconds:N1} s au total, médiane {durees[durees.Count / 2]:N0} ms par PDF, p95 {durees[(int)Math.Ceiling(durees.Count * 0.95) - 1]:N0} ms, {octets / 1024.0 / 1024.0:N1} Mo ({Environment.ProcessorCount} cœurs)");
        }
        finally
        {
            hote.Kill(entireProcessTree: true);
        }
    }
}
