using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;

namespace Portrea.Bench;

/// <summary>
/// A collaborative day under load: concurrent editors saving a small shared set of sheets through
/// <c>PUT /api/v1/lieux/{id}</c> with If-Match (so that conflicts happen), next to readers browsing lists and pages,
/// against the real web host on loopback. Every accepted write is then looked up in the place's history: an accepted
/// write missing there is a lost update, which the concurrency design (ADR 0008) says must never happen.
/// Editors are real accounts with tokens from the host's own endpoint: a third act as the administrator, a third are
/// referents of the sheets' EPCIs and a third contributors of their structures, each saving only the sheets their
/// role publishes, so that the rights checks of every path are under load too.
/// </summary>
public static class ContributionsBench
{
    private const string EmailAdmin = "admin-banc@bench.portrea.fr";
    private const string MotDePasseAdmin = "mot-de-passe-du-banc-42";
    private const int FichesPartagees = 20;

    public static async Task LancerAsync(string[] args)
    {
        var secondes = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
        var editeurs = args.Length > 1 && int.TryParse(args[1], out var e) ? e : 60;
        var lecteurs = args.Length > 2 && int.TryParse(args[2], out var l) ? l : 200;

        var dossier = Path.Combine(Path.GetTempPath(), "portrea-bench-contributions-" + Guid.NewGuid().ToString("N"));
        var postgres = await CreerBasePostgresAsync();
        Console.WriteLine($"Préparation : base {(postgres is null ? "SQLite dans " + dossier : "PostgreSQL")}, données de Bretagne…");
        await PreparerBaseAsync(dossier, postgres);

        var port = HoteWebBench.PortLibre();
        using var hote = HoteWebBench.Demarrer(dossier, port, new Dictionary<string, string?>(Configuration(dossier, postgres))
        {
            ["Portrea:Admin:Email"] = EmailAdmin,
            ["Portrea:Admin:Password"] = MotDePasseAdmin,
            // Every editor gets its token from the same loopback address: the sign-in limit would refuse most of them.
            ["Portrea:Comptes:TentativesParMinute"] = "100000",
        });
        try
        {
            // One connection per virtual user: the client must not be the bottleneck it measures.
            using var gestionnaire = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = editeurs + lecteurs + 16,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                AutomaticDecompression = DecompressionMethods.None,
            };
            using var anonyme = new HttpClient(gestionnaire, disposeHandler: false) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await HoteWebBench.AttendreAsync(anonyme, hote);

            var fiches = await ChoisirFichesAsync(anonyme);
            var comptes = await CreerComptesAsync(dossier, postgres, fiches, editeurs);
            Console.WriteLine($"{fiches.Count} fiches partagées entre {editeurs} éditeurs "
                + $"({string.Join(", ", comptes.GroupBy(c => c.Role).Select(g => $"{g.Count()} {g.Key}"))}) ; {lecteurs} lecteurs ; {secondes} s.");
            var jetons = new List<string>();
            foreach (var compte in comptes)
            {
                jetons.Add(await JetonAsync(anonyme, compte));
            }

            var stats = new Statistiques();
            using var fin = new CancellationTokenSource(TimeSpan.FromSeconds(secondes));
            var taches = new List<Task>();
            for (var i = 0; i < editeurs; i++)
            {
                var client = new HttpClient(gestionnaire, disposeHandler: false) { BaseAddress = anonyme.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", jetons[i]);
                taches.Add(EditerAsync(client, i, comptes[i], stats, fin.Token));
            }

            for (var i = 0; i < lecteurs; i++)
            {
                taches.Add(LireAsync(anonyme, i, fiches, stats, fin.Token));
            }

            var chrono = Stopwatch.StartNew();
            await Task.WhenAll(taches);
            chrono.Stop();

            var perdues = await VerifierHistoriqueAsync(anonyme, stats.Acceptees);
            Afficher(stats, perdues, chrono.Elapsed);
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

    private static async Task EditerAsync(HttpClient client, int editeur, Editeur compte, Statistiques stats, CancellationToken fin)
    {
        var fiches = compte.Fiches;
        // Seeded per editor: a run is reproducible in its choices, only the interleaving varies.
        var hasard = new Random(1000 + editeur);
        var sauvegarde = 0;
        try
        {
            while (!fin.IsCancellationRequested)
            {
                var lieu = fiches[hasard.Next(fiches.Count)];
                var marqueur = $"Banc de charge : éditeur {editeur}, sauvegarde {sauvegarde++}";
                // An editor whose save is refused re-reads the sheet and saves again, as the French 412 message asks.
                for (var essai = 0; essai < 10 && !fin.IsCancellationRequested; essai++)
                {
                    var lu = await MesurerAsync(stats.Lectures, stats, () => client.GetAsync($"/api/v1/lieux/{lieu}", CancellationToken.None));
                    if (lu is null)
                    {
                        break;
                    }

                    JsonObject fiche;
                    EntityTagHeaderValue? etag;
                    using (lu)
                    {
                        if (!lu.IsSuccessStatusCode)
                        {
                            stats.Erreur(lu.StatusCode);
                            break;
                        }

                        fiche = (await lu.Content.ReadFromJsonAsync<JsonObject>(CancellationToken.None))!;
                        etag = lu.Headers.ETag;
                    }

                    fiche["presentationResume"] = marqueur;
                    using var requete = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lieux/{lieu}") { Content = JsonContent.Create(fiche) };
                    if (etag is not null)
                    {
                        requete.Headers.IfMatch.Add(etag);
                    }

                    using var reponse = await MesurerAsync(stats.Ecritures, stats, () => client.SendAsync(requete, CancellationToken.None));
                    if (reponse is null)
                    {
                        break;
                    }

                    if (reponse.StatusCode == HttpStatusCode.OK)
                    {
                        var version = int.Parse(reponse.Headers.ETag!.Tag.Trim('"')["lieu-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                        stats.Acceptees.Add(new Ecriture(lieu, version, marqueur));
                        stats.ParRole.AddOrUpdate(compte.Role, 1, (_, n) => n + 1);
                        break;
                    }

                    if (reponse.StatusCode == HttpStatusCode.PreconditionFailed)
                    {
                        Interlocked.Increment(ref stats.Conflits);
                        continue;
                    }

                    stats.Erreur(reponse.StatusCode);
                    break;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(hasard.Next(2000, 5001)), fin);
            }
        }
        catch (OperationCanceledException) when (fin.IsCancellationRequested)
        {
        }
    }

    private static async Task LireAsync(HttpClient client, int lecteur, IReadOnlyList<string> fiches, Statistiques stats, CancellationToken fin)
    {
        var hasard = new Random(5000 + lecteur);
        string[] listes =
        [
            "/api/v1/lieux?departement=35&taille=50",
            "/api/v1/lieux?departement=29&besoin=etre_aidee&taille=50",
            "/api/v1/lieux?q=numerique&taille=20",
            "/api/v1/lieux?departement=22&page=2&taille=50",
        ];
        while (!fin.IsCancellationRequested)
        {
            var url = hasard.Next(2) == 0 ? listes[hasard.Next(listes.Length)] : $"/lieux/{fiches[hasard.Next(fiches.Count)]}";
            using var reponse = await MesurerAsync(stats.Lectures, stats, () => client.GetAsync(url, CancellationToken.None));
            if (reponse is not null)
            {
                if (reponse.IsSuccessStatusCode)
                {
                    await reponse.Content.CopyToAsync(Stream.Null, CancellationToken.None);
                }
                else
                {
                    stats.Erreur(reponse.StatusCode);
                }
            }
        }
    }

    /// <summary>Times one request; an exception counts as an error and yields null.</summary>
    private static async Task<HttpResponseMessage?> MesurerAsync(ConcurrentBag<double> durees, Statistiques stats, Func<Task<HttpResponseMessage>> requete)
    {
        var chrono = Stopwatch.StartNew();
        try
        {
            var reponse = await requete();
            durees.Add(chrono.Elapsed.TotalMilliseconds);
            return reponse;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref stats.Exceptions);
            return null;
        }
    }

    private static async Task<List<Ecriture>> VerifierHistoriqueAsync(HttpClient client, IEnumerable<Ecriture> acceptees)
    {
        var perdues = new List<Ecriture>();
        foreach (var parLieu in acceptees.GroupBy(a => a.Lieu))
        {
            var historique = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{parLieu.Key}/historique");
            var presentes = historique.GetProperty("modifications").EnumerateArray()
                .SelectMany(m => m.GetProperty("changements").EnumerateArray()
                    .Where(c => c.GetProperty("champ").GetString() == "presentationResume")
                    .Select(c => (Version: m.GetProperty("version").GetInt32(), Apres: c.GetProperty("apres").GetString())))
                .ToHashSet();
            perdues.AddRange(parLieu.Where(a => !presentes.Contains((a.Version, a.Marqueur))));
        }

        return perdues;
    }

    private static void Afficher(Statistiques stats, List<Ecriture> perdues, TimeSpan duree)
    {
        Console.WriteLine($"Durée mesurée : {duree.TotalSeconds:N1} s");
        Console.WriteLine($"Écritures acceptées (200) : {stats.Acceptees.Count:N0} ({stats.Acceptees.Count / duree.TotalSeconds:N1}/s)");
        Console.WriteLine($"  dont {string.Join(", ", stats.ParRole.OrderBy(r => r.Key).Select(r => $"{r.Key} : {r.Value:N0}"))}");
        Console.WriteLine($"Conflits (412, relus puis réessayés) : {stats.Conflits:N0}");
        var statuts = stats.Statuts.IsEmpty ? "aucune" : string.Join(", ", stats.Statuts.OrderBy(k => k.Key).Select(k => $"{(int)k.Key} × {k.Value:N0}"));
        Console.WriteLine($"Erreurs : réponses non 2xx hors 412 : {statuts} ; exceptions (connexion, délai) : {stats.Exceptions:N0}");
        Console.WriteLine($"Écritures (PUT, {stats.Ecritures.Count:N0}) : {Centiles(stats.Ecritures)}");
        Console.WriteLine($"Lectures (GET liste, fiche API, page, {stats.Lectures.Count:N0}, {stats.Lectures.Count / duree.TotalSeconds:N0}/s) : {Centiles(stats.Lectures)}");
        Console.WriteLine($"Mises à jour perdues (écriture acceptée absente de l'historique) : {perdues.Count:N0} {(perdues.Count == 0 ? "(objectif 0 atteint)" : "(objectif 0 NON atteint)")}");
        foreach (var p in perdues.Take(20))
        {
            Console.WriteLine($"  perdue : {p.Lieu} version {p.Version} « {p.Marqueur} »");
        }
    }

    private static string Centiles(ConcurrentBag<double> durees)
    {
        var triees = durees.Order().ToArray();
        if (triees.Length == 0)
        {
            return "aucune mesure";
        }

        double C(double q) => triees[(int)Math.Min(triees.Length - 1, Math.Ceiling(triees.Length * q) - 1)];
        return $"p50 {C(0.50):N1} ms, p95 {C(0.95):N1} ms, p99 {C(0.99):N1} ms";
    }

    /// <summary>A small shared set of real sheets of the shipped data: few enough that editors collide.</summary>
    private static async Task<List<string>> ChoisirFichesAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux?departement=35&taille={FichesPartagees}");
        var ids = page.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        if (ids.Count == 0)
        {
            throw new InvalidOperationException("Aucun lieu dans les données livrées d'Ille-et-Vilaine.");
        }

        return ids;
    }

    /// <summary>
    /// The editors' accounts, in turn administrator (the one the host created at start-up), referent of the EPCI of a
    /// sheet (which then edits the sheets of that EPCI) and contributor of a sheet's structure (its sheets). Created
    /// through Identity in the host's database, as an accepted invitation would.
    /// </summary>
    private static async Task<List<Editeur>> CreerComptesAsync(string dossier, string? postgres, List<string> fiches, int editeurs)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(Configuration(dossier, postgres)).Build());
        // The host's password rules (length only), so that the bench's password is accepted as it would be there.
        services.AddIdentityCore<Utilisateur>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<PortreaDbContext>();
        await using var fournisseur = services.BuildServiceProvider();
        await using var scope = fournisseur.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
        var utilisateurs = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var lieux = await db.Lieux.AsNoTracking().Where(l => fiches.Contains(l.Identifiant))
            .Select(l => new { l.Identifiant, l.StructureId, Epci = db.EpciMembres.Where(m => m.CommuneCode == l.CommuneCode).Select(m => m.EpciSiren).FirstOrDefault() })
            .ToListAsync();
        var parEpci = lieux.Where(l => l.Epci is not null).GroupBy(l => l.Epci!).Select(g => (Cle: (object)g.Key, Fiches: g.Select(l => l.Identifiant).ToList())).ToList();
        var parStructure = lieux.Where(l => l.StructureId is not null).GroupBy(l => l.StructureId!.Value).Select(g => (Cle: (object)g.Key, Fiches: g.Select(l => l.Identifiant).ToList())).ToList();

        var comptes = new List<Editeur>();
        for (var i = 0; i < editeurs; i++)
        {
            var groupes = (i % 3) switch { 1 => parEpci, 2 => parStructure, _ => [] };
            if (groupes.Count == 0)
            {
                comptes.Add(new Editeur(EmailAdmin, MotDePasseAdmin, RevendicationsPortrea.RoleAdministrateur, fiches));
                continue;
            }

            var (cle, sesFiches) = groupes[i / 3 % groupes.Count];
            var email = $"editeur-{i}@bench.portrea.fr";
            var utilisateur = new Utilisateur { UserName = email, Email = email, EmailConfirmed = true, NomAffiche = $"Éditeur {i}", CreeLe = DateTime.UtcNow };
            var resultat = await utilisateurs.CreateAsync(utilisateur, MotDePasseAdmin);
            if (!resultat.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", resultat.Errors.Select(e => e.Description)));
            }

            var referent = i % 3 == 1;
            db.AffectationsRoles.Add(referent
                ? AffectationRole.Referent(utilisateur.Id, (string)cle)
                : AffectationRole.Contributeur(utilisateur.Id, (int)cle));
            await db.SaveChangesAsync();
            comptes.Add(new Editeur(email, MotDePasseAdmin, referent ? RevendicationsPortrea.RoleReferent : RevendicationsPortrea.RoleContributeur, sesFiches));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return comptes;
    }

    /// <summary>A token from the host's own endpoint, as an API client gets it.</summary>
    private static async Task<string> JetonAsync(HttpClient client, Editeur editeur)
    {
        using var reponse = await client.PostAsJsonAsync("/api/v1/auth/jeton", new { email = editeur.Email, motDePasse = editeur.MotDePasse });
        reponse.EnsureSuccessStatusCode();
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jeton").GetString()!;
    }

    private static async Task PreparerBaseAsync(string dossier, string? postgres)
    {
        Directory.CreateDirectory(dossier);
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(Configuration(dossier, postgres)).Build());
        await using var fournisseur = services.BuildServiceProvider();
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
        }

        // The web host opens its own connections: release this process's pooled handles on the file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>A fresh PostgreSQL database when <c>PORTREA_BENCH_POSTGRES</c> names a server, as the lieux bench does.</summary>
    private static async Task<string?> CreerBasePostgresAsync()
    {
        if (Environment.GetEnvironmentVariable("PORTREA_BENCH_POSTGRES") is not { Length: > 0 } serveur)
        {
            return null;
        }

        var nom = "portrea_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connexion = new Npgsql.NpgsqlConnection(serveur))
        {
            await connexion.OpenAsync();
            await new Npgsql.NpgsqlCommand($"CREATE DATABASE {nom}", connexion).ExecuteNonQueryAsync();
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(serveur) { Database = nom }.ToString();
    }

    private static Dictionary<string, string?> Configuration(string dossier, string? postgres)
    {
        var configuration = new Dictionary<string, string?> { ["Portrea:DataDirectory"] = dossier };
        if (postgres is not null)
        {
            configuration["Portrea:Database:Provider"] = "postgresql";
            configuration["ConnectionStrings:Portrea"] = postgres;
        }

        return configuration;
    }

    private sealed record Ecriture(string Lieu, int Version, string Marqueur);

    private sealed record Editeur(string Email, string MotDePasse, string Role, IReadOnlyList<string> Fiches);

    private sealed class Statistiques
    {
        public readonly ConcurrentBag<Ecriture> Acceptees = [];
        public readonly ConcurrentBag<double> Ecritures = [];
        public readonly ConcurrentBag<double> Lectures = [];
        public readonly ConcurrentDictionary<HttpStatusCode, int> Statuts = new();
        public readonly ConcurrentDictionary<string, int> ParRole = new();
        public int Conflits;
        public int Exceptions;

        public void Erreur(HttpStatusCode statut) => Statuts.AddOrUpdate(statut, 1, (_, n) => n + 1);
    }
}
