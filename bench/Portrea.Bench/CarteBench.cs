using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Persistence;

namespace Portrea.Bench;

/// <summary>
/// Throughput of the map's place requests (<c>GET /api/v1/lieux</c> with filters) on the 30 000-place national
/// dataset, under concurrent load from wrk on loopback, next to the same response bytes served as a static file by
/// Kestrel in the same run: the physical ceiling of the machine for that payload.
/// </summary>
public static partial class CarteBench
{
    private static readonly (string Nom, string Requete)[] Cas =
    [
        ("carte, département 35, besoin démarches (GeoJSON)", "/api/v1/lieux?departement=35&besoin=etre_aidee&format=geojson&taille=5000"),
        ("carte, EPCI Rennes Métropole (GeoJSON)", "/api/v1/lieux?epci=243500139&format=geojson&taille=5000"),
        ("liste, département 29, label France Services (JSON, page de 50)", "/api/v1/lieux?departement=29&label=France%20Services&taille=50"),
    ];

    public static async Task LancerAsync(string[] args)
    {
        var nombre = args.Length > 0 && int.TryParse(args[0], out var n) ? n : LieuxBench.Nombre;
        var duree = args.Length > 1 && int.TryParse(args[1], out var d) ? d : 15;
        if (!WrkDisponible())
        {
            return;
        }

        var dossier = Path.Combine(Path.GetTempPath(), "portrea-bench-carte-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"Préparation : base SQLite dans {dossier}, données de Bretagne + {nombre:N0} lieux générés…");
        await PreparerBaseAsync(dossier, nombre);

        var portApi = HoteWebBench.PortLibre();
        using var hote = HoteWebBench.Demarrer(dossier, portApi);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portApi}"), Timeout = TimeSpan.FromSeconds(10) };
            await HoteWebBench.AttendreAsync(client, hote);
            var statiques = Path.Combine(dossier, "statique");
            Directory.CreateDirectory(statiques);
            var fichiers = new List<(string Nom, string Requete, string Fichier, long Taille)>();
            for (var i = 0; i < Cas.Length; i++)
            {
                var corps = await client.GetByteArrayAsync(Cas[i].Requete);
                var fichier = $"reponse-{i}.json";
                await File.WriteAllBytesAsync(Path.Combine(statiques, fichier), corps);
                fichiers.Add((Cas[i].Nom, Cas[i].Requete, fichier, corps.Length));
            }

            var portStatique = HoteWebBench.PortLibre();
            await using var serveurStatique = await DemarrerServeurStatiqueAsync(statiques, portStatique);
            Console.WriteLine($"wrk -t2 -c32 -d{duree}s --latency, sans compression, sur la même machine (2 cœurs partagés entre client et serveur).");
            foreach (var (nom, requete, fichier, taille) in fichiers)
            {
                var api = await WrkAsync($"http://127.0.0.1:{portApi}{requete}", duree);
                var plafond = await WrkAsync($"http://127.0.0.1:{portStatique}/{fichier}", duree);
                Console.WriteLine($"{nom} — réponse de {taille / 1024.0:N0} Ko");
                Console.WriteLine($"  API      : {api}");
                Console.WriteLine($"  statique : {plafond}");
                var rapport = api.RequetesParSeconde / plafond.RequetesParSeconde;
                Console.WriteLine($"  rapport API / statique : {rapport:P0} (objectif ≥ 50 %) {(rapport >= 0.5 ? "atteint" : "NON atteint")}");
            }
        }
        finally
        {
            if (!hote.HasExited)
            {
                hote.Kill(entireProcessTree: true);
            }

            await hote.WaitForExitAsync();
            Directory.Delete(dossier, recursive: true);
        }
    }

    private static bool WrkDisponible()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("wrk est introuvable : installez-le (sudo apt-get install wrk) puis relancez ce banc.");
            return false;
        }
    }

    private static async Task PreparerBaseAsync(string dossier, int nombre)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portrea:DataDirectory"] = dossier }).Build());
        await using var fournisseur = services.BuildServiceProvider();
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
        }

        var fichier = Path.Combine(dossier, $"lieux-{nombre}.csv");
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            var communes = await scope.ServiceProvider.GetRequiredService<PortreaDbContext>().Communes.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
            GenerateurLieux.Ecrire(fichier, nombre, communes);
        }

        await using (var scope = fournisseur.CreateAsyncScope())
        {
            var rapport = await scope.ServiceProvider.GetRequiredService<ImporterLieux>().ImporterAsync(fichier, FormatFichierLieux.Auto, false, null, CancellationToken.None);
            Console.WriteLine($"{rapport.Acceptes:N0} lieux générés importés.");
        }

        // The web host opens its own connections: release this process's pooled handles on the file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task<WebApplication> DemarrerServeurStatiqueAsync(string dossier, int port)
    {
        var constructeur = WebApplication.CreateSlimBuilder();
        constructeur.Logging.ClearProviders();
        constructeur.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = constructeur.Build();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(dossier),
            ServeUnknownFileTypes = true,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<ResultatWrk> WrkAsync(string url, int duree)
    {
        var info = new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{duree}s", "--latency", url]) { RedirectStandardOutput = true };
        using var p = Process.Start(info)!;
        var sortie = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        return ResultatWrk.Lire(sortie);
    }

    private sealed record ResultatWrk(double RequetesParSeconde, string P50, string P99, long Erreurs)
    {
        public static ResultatWrk Lire(string sortie)
        {
            var rps = double.Parse(Rps().Match(sortie).Groups[1].Value, CultureInfo.InvariantCulture);
            var erreurs = NonOk().Match(sortie) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new ResultatWrk(rps, Centile(sortie, "50%"), Centile(sortie, "99%"), erreurs);
        }

        private static string Centile(string sortie, string cle) =>
            Regex.Match(sortie, $@"^\s*{Regex.Escape(cle)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

        public override string ToString() =>
            $"{RequetesParSeconde:N0} req/s, latence p50 {P50}, p99 {P99}{(Erreurs > 0 ? $", {Erreurs:N0} réponses non 2xx/3xx" : "")}";
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonOk();
}
