using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;

namespace Portrea.Bench;

/// <summary>Orientation ranking over the shipped data plus the generated national-scale places (<see cref="GenerateurLieux"/>), on SQLite.</summary>
public static class OrientationBench
{
    public static async Task LancerAsync(string[] args)
    {
        var nombre = args.Length > 0 && int.TryParse(args[0], out var n) ? n : LieuxBench.Nombre;
        var reglages = new Dictionary<string, string?> { ["Portrea:DataDirectory"] = Path.Combine(Path.GetTempPath(), "portrea-bench-" + Guid.NewGuid().ToString("N")) };
        var services = new ServiceCollection().AddLogging();
        services.AddPortreaCore(new ConfigurationBuilder().AddInMemoryCollection(reglages).Build());
        await using var fournisseur = services.BuildServiceProvider();
        await using (var scope = fournisseur.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(true, true, null, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
            var fichier = Path.Combine(Path.GetTempPath(), $"portrea-bench-lieux-{nombre}.csv");
            GenerateurLieux.Ecrire(fichier, nombre, await db.Communes.AsNoTracking().OrderBy(c => c.Code).ToListAsync());
            await scope.ServiceProvider.GetRequiredService<ImporterLieux>().ImporterAsync(fichier, FormatFichierLieux.Auto, false, null, CancellationToken.None);
            Console.WriteLine($"SQLite — {await db.Lieux.CountAsync():N0} lieux chargés");
        }

        var catalogue = CatalogueServicesPrecis.Defaut;
        var cas = new (string Nom, string Commune, DemandeOrientation Modele)[]
        {
            ("Rennes, démarches CAF, mardi matin, senior sourd, gratuit, 30 km", "35238", Demande(CategorieBesoin.EtreAideDemarches, 30) with
            {
                Service = catalogue.Trouver("espace-caf"),
                Disponibilites = [new Disponibilite(DayOfWeek.Tuesday, DemiJournee.Matin)],
                Situations = new HashSet<Situation> { Situation.Senior, Situation.Sourd },
                PeutPayer = false,
            }),
            ("Brest, se former, deux demi-journées, 50 km", "29019", Demande(CategorieBesoin.DevelopperCultureNumerique, 50) with
            {
                Disponibilites = [new Disponibilite(DayOfWeek.Monday, DemiJournee.ApresMidi), new Disponibilite(DayOfWeek.Saturday, DemiJournee.Matin)],
            }),
            ("Callac (rural), s'équiper, 30 km", "22025", Demande(CategorieBesoin.AccederMaterielReseau, 30)),
        };
        foreach (var (nom, commune, modele) in cas)
        {
            await using var scope = fournisseur.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
            var depart = (await TrouverPointDeDepart.DepuisCommuneAsync(db, commune, CancellationToken.None)).Point!;
            var demande = modele with { Depart = depart };
            var resultat = default(ResultatOrientation);
            var (p50, p95) = await Mesure.PercentilesAsync(30, async () =>
            {
                await using var requete = fournisseur.CreateAsyncScope();
                resultat = await OrienterPersonne.ExecuterAsync(requete.ServiceProvider.GetRequiredService<PortreaDbContext>(), demande, TimeProvider.System, CancellationToken.None);
            });
            Console.WriteLine($"SQLite — orientation {nom} : {resultat!.CandidatsDansLeRayon:N0} lieux évalués, médiane {p50:N1} ms, p95 {p95:N1} ms (30 requêtes)");
        }

        Console.WriteLine($"Mémoire maximale {Mesure.MemoireMaximale()}");
    }

    private static DemandeOrientation Demande(CategorieBesoin besoin, double rayonKm) => new()
    {
        Besoin = besoin,
        Depart = new PointDeDepart(0, 0, "", null),
        RayonKm = rayonKm,
    };
}
