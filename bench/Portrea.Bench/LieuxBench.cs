using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;

namespace Portrea.Bench;

/// <summary>Import of 30 000 generated places (standard v1 CSV) and the list filters behind /api/v1/lieux on that volume.</summary>
public static class LieuxBench
{
    public const int Nombre = 30_000;

    public static async Task LancerAsync(string[] args)
    {
        var nombre = args.Length > 0 && int.TryParse(args[0], out var n) ? n : Nombre;
        await MesurerAsync("SQLite", nombre, new Dictionary<string, string?> { ["Portrea:DataDirectory"] = Path.Combine(Path.GetTempPath(), "portrea-bench-" + Guid.NewGuid().ToString("N")) });
        if (Environment.GetEnvironmentVariable("PORTREA_BENCH_POSTGRES") is { Length: > 0 } serveur)
        {
            var nom = "portrea_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var connexion = new Npgsql.NpgsqlConnection(serveur))
            {
                await connexion.OpenAsync();
                await new Npgsql.NpgsqlCommand($"CREATE DATABASE {nom}", connexion).ExecuteNonQueryAsync();
            }

            await MesurerAsync("PostgreSQL", nombre, new Dictionary<string, string?>
            {
                ["Portrea:Database:Provider"] = "postgresql",
                ["ConnectionStrings:Portrea"] = new Npgsql.NpgsqlConnectionStringBuilder(serveur) { Database = nom }.ToString(),
            });
        }
        else
        {
            Console.WriteLine("PostgreSQL : non mesuré (définir PORTREA_BENCH_POSTGRES=\"Host=…;Username=…\" pour l'inclure).");
        }
    }

    private static async Task MesurerAsync(string moteur, int nombre, Dictionary<string, string?> reglages)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(reglages).Build());
        await using var fournisseur = services.BuildServiceProvider();
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
        }

        var fichier = Path.Combine(Path.GetTempPath(), $"portrea-bench-lieux-{nombre}.csv");
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            var communes = await scope.ServiceProvider.GetRequiredService<PortreaDbContext>().Communes.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
            GenerateurLieux.Ecrire(fichier, nombre, communes);
        }

        var rapport = default(Portrea.Core.Imports.RapportImport);
        var duree = await Mesure.ChronometrerAsync(async () =>
        {
            await using var scope = fournisseur.CreateAsyncScope();
            rapport = await scope.ServiceProvider.GetRequiredService<ImporterLieux>().ImporterAsync(fichier, FormatFichierLieux.Auto, false, null, CancellationToken.None);
        });
        Console.WriteLine($"{moteur} — import de {nombre:N0} lieux (standard v1 CSV) : {duree.TotalSeconds:N1} s, {nombre / duree.TotalSeconds:N0} lignes/s, "
            + $"{rapport!.Acceptes:N0} acceptées, {rapport.Rejetes.Count:N0} rejetées, {rapport.Doublons:N0} doublons ; mémoire maximale {Mesure.MemoireMaximale()}");

        var cas = new (string Nom, FiltresLieux Filtres)[]
        {
            ("sans filtre", new FiltresLieux()),
            ("département 35", new FiltresLieux { Departement = "35" }),
            ("EPCI Rennes Métropole + besoin démarches", new FiltresLieux { Epci = "243500139", Besoin = CategorieBesoin.EtreAideDemarches }),
            ("label France Services + texte", new FiltresLieux { Label = "France Services", Texte = "médiathèque" }),
            ("ouvert lundi 10 h, département 29", new FiltresLieux { Departement = "29", OuvertA = new DateTime(2026, 12, 7, 10, 0, 0) }),
        };
        foreach (var (nom, filtres) in cas)
        {
            var (p50, p95) = await Mesure.PercentilesAsync(30, async () =>
            {
                await using var scope = fournisseur.CreateAsyncScope();
                _ = await RechercherLieux.PagerAsync(scope.ServiceProvider.GetRequiredService<PortreaDbContext>(), filtres, 0, 100, CancellationToken.None);
            });
            Console.WriteLine($"{moteur} — liste (page de 100), {nom} : médiane {p50:N1} ms, p95 {p95:N1} ms (30 requêtes)");
        }
    }
}
