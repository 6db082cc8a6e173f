using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Bench;

/// <summary>First start on an empty database (migrations + Bretagne territories and contours), then the territory queries behind the pages and API.</summary>
public static class TerritoiresBench
{
    public static async Task LancerAsync(string[] args)
    {
        await MesurerAsync("SQLite", new Dictionary<string, string?> { ["Portrea:DataDirectory"] = Path.Combine(Path.GetTempPath(), "portrea-bench-" + Guid.NewGuid().ToString("N")) });
        if (Environment.GetEnvironmentVariable("PORTREA_TEST_POSTGRES") is { Length: > 0 } serveur)
        {
            var nom = "portrea_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var connexion = new Npgsql.NpgsqlConnection(serveur))
            {
                await connexion.OpenAsync();
                await new Npgsql.NpgsqlCommand($"CREATE DATABASE {nom}", connexion).ExecuteNonQueryAsync();
            }

            await MesurerAsync("PostgreSQL", new Dictionary<string, string?>
            {
                ["Portrea:Database:Provider"] = "postgresql",
                ["ConnectionStrings:Portrea"] = new Npgsql.NpgsqlConnectionStringBuilder(serveur) { Database = nom }.ToString(),
            });
        }
        else
        {
            Console.WriteLine("PostgreSQL : non mesuré (définir PORTREA_TEST_POSTGRES pour l'inclure).");
        }
    }

    private static async Task MesurerAsync(string moteur, Dictionary<string, string?> reglages)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(reglages).Build());
        await using var fournisseur = services.BuildServiceProvider();

        var premierDemarrage = await Mesure.ChronometrerAsync(async () =>
        {
            await using var scope = fournisseur.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
        });
        Console.WriteLine($"{moteur} — premier démarrage (migrations + 1 202 communes, 61 EPCI, 1 268 contours) : {premierDemarrage.TotalSeconds:N2} s");

        var (p50, p95) = await Mesure.PercentilesAsync(200, async () =>
        {
            await using var scope = fournisseur.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
            _ = await db.Communes.AsNoTracking().Where(c => c.DepartementCode == "35").OrderBy(c => c.Code).ToListAsync();
        });
        Console.WriteLine($"{moteur} — liste des 332 communes du 35 : médiane {p50:N2} ms, p95 {p95:N2} ms (200 requêtes)");

        (p50, p95) = await Mesure.PercentilesAsync(100, async () =>
        {
            await using var scope = fournisseur.CreateAsyncScope();
            _ = await ResumerTerritoires.ParDepartementAsync(scope.ServiceProvider.GetRequiredService<PortreaDbContext>(), CancellationToken.None);
        });
        Console.WriteLine($"{moteur} — populations agrégées par département : médiane {p50:N2} ms, p95 {p95:N2} ms (100 requêtes)");
        Console.WriteLine($"{moteur} — mémoire maximale du processus : {Mesure.MemoireMaximale()}");
    }
}
