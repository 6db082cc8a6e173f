using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Import;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Lieux;

/// <summary>Imports into empty databases (no shipped data): each test builds its own host.</summary>
public sealed class ImportLieuxTests(BretagneSqlite bretagne) : IClassFixture<BretagneSqlite>
{
    private static readonly Dictionary<string, string?> SansAmorcage = new() { ["Portrea:Database:SeedAtStartup"] = "false" };

    public static string Fixture(string nom) => Path.Combine(AppContext.BaseDirectory, "Lieux", "Fichiers", nom);

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_FichierV0DUneAutreRegion_AccepteLaPlupartEtExpliqueChaqueRejet(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);

        var rapport = await app.AvecBaseAsync(async db =>
            await new ImporterLieux(db, TimeProvider.System).ImporterAsync(Fixture("occitanie_lieux_v0.csv"), FormatFichierLieux.Auto, simulation: false, null, default));

        rapport.Acceptes.ShouldBe(27);
        rapport.Rejetes.Select(r => r.Ligne).Distinct().Order().ShouldBe([28, 29, 30, 31]);
        rapport.Rejetes.ShouldContain(r => r.Ligne == 28 && r.Champ == "code_postal");
        rapport.Rejetes.ShouldContain(r => r.Ligne == 29 && r.Champ == "date_maj");
        rapport.Rejetes.ShouldContain(r => r.Ligne == 30 && r.Champ == "services" && r.Motif.Contains("Faire du tricot en ligne"));
        rapport.Rejetes.ShouldContain(r => r.Ligne == 31 && r.Champ == "conditions_acces");
        rapport.Applique.ShouldBeFalse();
        (await app.AvecBaseAsync(db => db.Lieux.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Importer_FichierV0SansLignesInvalides_TraduitLeVocabulaireEnV1()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        var lignes = (await File.ReadAllLinesAsync(Fixture("occitanie_lieux_v0.csv"))).Take(27).ToArray();

        var rapport = await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(Encoding.UTF8.GetBytes(string.Join('\n', lignes)), "occitanie.csv", FormatFichierLieux.MednumV0, false, null, default));
        var saintGaudens = await app.AvecBaseAsync(db => db.Lieux.Include(l => l.Services).FirstAsync(l => l.Identifiant == "occ-002"));

        rapport.ARejets.ShouldBeFalse();
        rapport.Applique.ShouldBeTrue();
        saintGaudens.DispositifProgrammesNationaux.ShouldBe("Aidants Connect|France Services");
        saintGaudens.PublicsSpecifiquementAdresses.ShouldBe("Seniors");
        saintGaudens.Telephone.ShouldBe("+33561946000");
        saintGaudens.Services.Select(s => s.Categorie).ShouldBe([CategorieBesoin.EtreAideDemarches]);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ExporterPuisImporter_BaseVide_ReproduitLesMemesLieuxChampPourChamp(Moteur moteur)
    {
        var exporte = await bretagne.Client.GetByteArrayAsync("/api/v1/export/lieux?format=mednum-csv");
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        using var client = app.CreateClient();

        var rapport = await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(exporte, "export.csv", FormatFichierLieux.Auto, false, null, default));
        var reexporte = await client.GetByteArrayAsync("/api/v1/export/lieux?format=mednum-csv");

        rapport.Rejetes.ShouldBeEmpty();
        rapport.Doublons.ShouldBe(0);
        Encoding.UTF8.GetString(reexporte).ShouldBe(Encoding.UTF8.GetString(exporte));
    }

    [Fact]
    public async Task Importer_MemeFichierDeuxFois_NeChangeRien()
    {
        var exporte = await bretagne.Client.GetByteArrayAsync("/api/v1/export/lieux?format=mednum-json");
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        Task<Core.Imports.RapportImport> Importer() => app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(exporte, "export.json", FormatFichierLieux.Auto, false, null, default));

        await Importer();
        var avant = await app.AvecBaseAsync(db => db.Lieux.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Identifiant, l.Version }).ToListAsync());
        var services = await app.AvecBaseAsync(db => db.ServicesLieux.Select(s => s.Id).OrderBy(i => i).ToListAsync());
        await Importer();
        var apres = await app.AvecBaseAsync(db => db.Lieux.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Identifiant, l.Version }).ToListAsync());

        apres.ShouldBe(avant);
        (await app.AvecBaseAsync(db => db.ServicesLieux.Select(s => s.Id).OrderBy(i => i).ToListAsync())).ShouldBe(services);
    }

    [Fact]
    public async Task ApiEtFiche_ContactPrive_NeSontJamaisAffiches()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        using var client = app.CreateClient();
        var lignes = (await File.ReadAllLinesAsync(Fixture("occitanie_lieux_v0.csv"))).Take(3).ToArray();
        await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(Encoding.UTF8.GetBytes(string.Join('\n', lignes)), "o.csv", FormatFichierLieux.Auto, false, null, default));
        await app.AvecBaseAsync(async db =>
        {
            var lieu = await db.Lieux.FirstAsync(l => l.Identifiant == "occ-001");
            lieu.Contacts.Add(new ContactLieu { Nom = "Accueil public", Courriel = "accueil.public@example.org", Public = true });
            lieu.Contacts.Add(new ContactLieu { Nom = "Camille Secret", Courriel = "camille.secret@example.org", Telephone = "+33600000000", Public = false });
            return await db.SaveChangesAsync();
        });

        var fiche = await client.GetStringAsync("/api/v1/lieux/occ-001");
        var liste = await client.GetStringAsync("/api/v1/lieux");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/lieux/occ-001"));
        var export = await client.GetStringAsync("/api/v1/export/lieux?format=geojson");

        foreach (var texte in new[] { fiche, liste, page, export })
        {
            texte.ShouldContain("accueil.public@example.org");
            texte.ShouldNotContain("camille.secret");
            texte.ShouldNotContain("Camille Secret");
        }
    }

    [Fact]
    public async Task Televerser_Anonyme_Refuse401EnFrancais()
    {
        using var contenu = new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("occitanie_lieux_v0.csv")));

        using var reponse = await bretagne.Client.PostAsync("/api/v1/import/lieux?simulation=true", contenu);

        reponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("Authentification requise");
    }

    [Fact]
    public async Task Televerser_AvecJetonAdministrateur_RenvoieLeRapportJson()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();
        using var formulaire = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("occitanie_lieux_v0.csv"))), "fichier", "occitanie.csv" } };
        using var sansJeton = await client.PostAsync("/api/v1/import/lieux?simulation=true", new ByteArrayContent([1]));
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.JetonAsync("admin@example.org"));

        using var reponse = await client.PostAsync("/api/v1/import/lieux?simulation=true", formulaire);
        var json = System.Text.Json.JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;

        sansJeton.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        reponse.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        json.GetProperty("acceptes").GetInt32().ShouldBe(27);
        json.GetProperty("doublons").GetInt32().ShouldBe(0);
        json.GetProperty("rejetes")[0].GetProperty("ligne").GetInt32().ShouldBe(28);
        json.GetProperty("rejetes")[0].GetProperty("champ").GetString().ShouldBe("code_postal");
        json.GetProperty("rejetes")[0].GetProperty("motif").GetString().ShouldNotBeNullOrEmpty();
    }
}
