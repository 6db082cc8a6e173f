using System.Text;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Lieux.Standard;
using Portrea.Core.Persistence;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Lieux;

/// <summary>Rendered lists are kept per instance: a write through any instance must show at the next request of every other.</summary>
public sealed class CacheListesLieuxTests
{
    private static readonly Dictionary<string, string?> SansAmorcage = new() { ["Portrea:Database:SeedAtStartup"] = "false" };

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ListerLieux_ModifieParUneAutreInstance_RenvoieLaNouvelleVersion(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var lecteur = new PortreaApplication(baseDeTest, SansAmorcage);
        await using var redacteur = new PortreaApplication(baseDeTest, SansAmorcage);
        using var client = lecteur.CreateClient();
        await Importer(redacteur, "Espace numérique du port");
        var avant = await client.GetAsync("/api/v1/lieux?q=port&format=geojson");
        (await avant.Content.ReadAsStringAsync()).ShouldContain("Espace numérique du port");

        await redacteur.AvecBaseAsync(async db =>
        {
            var lieu = await db.Lieux.SingleAsync();
            lieu.Nom = "Espace numérique du vieux port";
            lieu.Version++;
            return await db.SaveChangesAsync();
        });
        var apres = await client.GetAsync("/api/v1/lieux?q=port&format=geojson");

        (await apres.Content.ReadAsStringAsync()).ShouldContain("Espace numérique du vieux port");
        apres.Headers.ETag.ShouldNotBe(avant.Headers.ETag);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ListerLieux_ModifieParUnAutreProcessus_RenvoieLaNouvelleVersionSousUneSeconde(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        using var client = app.CreateClient();
        await Importer(app, "Espace numérique du port");
        (await client.GetStringAsync("/api/v1/lieux?q=port&format=geojson")).ShouldContain("Espace numérique du port");

        // Plain SQL, as another instance's process would write: nothing in this process is told.
        await app.AvecBaseAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE lieux SET \"Nom\" = 'Espace numérique du vieux port', \"Version\" = \"Version\" + 1");
            return await db.Database.ExecuteSqlRawAsync("UPDATE compteurs_modifications SET \"Valeur\" = \"Valeur\" + 1");
        });
        var vu = false;
        for (var essai = 0; essai < 50 && !vu; essai++)
        {
            await Task.Delay(100);
            vu = (await client.GetStringAsync("/api/v1/lieux?q=port&format=geojson")).Contains("Espace numérique du vieux port");
        }

        vu.ShouldBeTrue("la liste doit refléter l'écriture d'une autre instance dans la seconde");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Enregistrer_ServiceDUnLieu_IncrementeLeCompteurDansLaMemeTransaction(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        await Importer(app, "Médiathèque");
        var avant = await Compteur(app);

        await app.AvecBaseAsync(async db =>
        {
            var service = await db.ServicesLieux.FirstAsync();
            service.Tarif = "Payant";
            return await db.SaveChangesAsync();
        });
        await app.AvecBaseAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Lieux.FirstAsync()).Nom = "Médiathèque abandonnée";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        (await Compteur(app)).ShouldBe(avant + 1);
        (await app.AvecBaseAsync(db => db.Lieux.Select(l => l.Nom).SingleAsync())).ShouldBe("Médiathèque");
    }

    private static Task<long> Compteur(PortreaApplication app) =>
        app.AvecBaseAsync(db => db.CompteursModifications.Where(c => c.Cle == CompteurModifications.Lieux).Select(c => c.Valeur).SingleAsync());

    private static async Task Importer(PortreaApplication app, string nom)
    {
        var valeurs = new Dictionary<string, string>
        {
            [ChampsStandard.Id] = "lieu-1",
            [ChampsStandard.Pivot] = "00000000000000",
            [ChampsStandard.Nom] = nom,
            [ChampsStandard.Commune] = "Brest",
            [ChampsStandard.CodePostal] = "29200",
            [ChampsStandard.CodeInsee] = "29019",
            [ChampsStandard.Adresse] = "2 rue du Port",
            [ChampsStandard.DateMaj] = "2026-11-01",
            [ChampsStandard.Services] = "Aide aux démarches administratives",
        };
        var csv = string.Join(',', ChampsStandard.Tous) + "\n" + string.Join(',', ChampsStandard.Tous.Select(c => valeurs.GetValueOrDefault(c, "")));
        var rapport = await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(Encoding.UTF8.GetBytes(csv), "lieux.csv", FormatFichierLieux.MednumV1Csv, false, null, default));
        rapport.ARejets.ShouldBeFalse(string.Join("; ", rapport.Rejetes.Select(r => $"{r.Ligne} {r.Champ} {r.Motif}")));
    }
}
