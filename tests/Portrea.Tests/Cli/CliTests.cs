using Microsoft.EntityFrameworkCore;
using Portrea.Cli;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Persistence;

namespace Portrea.Tests.Cli;

[Collection(ConsoleCli.Nom)]
public sealed class CliTests
{
    private static string Fichier(params string[] chemin) => Path.Combine([AppContext.BaseDirectory, "data", .. chemin]);

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ImportTerritoires_BaseMigree_ChargeLaBretagneSansDoublonAuDeuxiemePassage(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        var options = Options(baseDeTest);

        (await Programme.Main(["migrate", .. options])).ShouldBe(0);
        string[] import = ["import", "territoires", Fichier("referentiel", "bretagne_decoupage_2026.json"), "--region", "53", .. options];
        (await Programme.Main(import)).ShouldBe(0);
        (await Programme.Main(import)).ShouldBe(0);

        await using var db = SchemaTests.Contexte(baseDeTest);
        (await db.Communes.CountAsync()).ShouldBe(1202);
        (await db.Communes.Where(c => c.DepartementCode == "35").SumAsync(c => (long?)c.PopulationMunicipale)).ShouldBe(1_120_666);
    }

    [Fact]
    public async Task ImportTerritoires_Simulation_NEcritRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var options = Options(baseDeTest);
        await Programme.Main(["migrate", .. options]);

        var code = await Programme.Main(["import", "territoires", Fichier("referentiel", "bretagne_decoupage_2026.json"), "--dry-run", "--json", .. options]);

        code.ShouldBe(0);
        await using var db = SchemaTests.Contexte(baseDeTest);
        (await db.Communes.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportTerritoires_FichierTronque_SortAvecLeCode2()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "tronque.json");
        await File.WriteAllTextAsync(fichier, """{"regions": [{"code": "53", "nom": "Bret""");

        var code = await Programme.Main(["import", "territoires", fichier, .. Options(baseDeTest)]);

        code.ShouldBe(2);
    }

    [Fact]
    public async Task ImportTerritoires_LigneInvalide_NEcritRienEtSortAvecLeCode1()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var options = Options(baseDeTest);
        await Programme.Main(["migrate", .. options]);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "decoupage.json");
        await File.WriteAllTextAsync(fichier, """
            {"regions": [{"code": "53", "nom": "Bretagne"}],
             "departements": [{"code": "35", "nom": "Ille-et-Vilaine", "region": "53"}, {"code": "XYZ", "nom": "?", "region": "53"}],
             "epci": [], "communes": []}
            """);

        var code = await Programme.Main(["import", "territoires", fichier, .. options]);

        code.ShouldBe(1);
        await using var db = SchemaTests.Contexte(baseDeTest);
        (await db.Regions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportContours_NiveauInconnu_SortAvecLeCode1()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);

        var code = await Programme.Main(["import", "contours", Fichier("geo", "bretagne_region.geojson"), "--niveau", "canton", .. Options(baseDeTest)]);

        code.ShouldBe(1);
    }

    private static string[] Options(BaseDeTest baseDeTest) =>
        baseDeTest.Moteur == Moteur.Postgres
            ? ["--moteur", "postgresql", "--connexion", baseDeTest.Connexion!]
            : ["--dossier-donnees", baseDeTest.DossierDonnees];
}

/// <summary>The CLI writes to the process console: its tests run one at a time.</summary>
[CollectionDefinition(Nom, DisableParallelization = true)]
public sealed class ConsoleCli
{
    public const string Nom = "Ligne de commande";
}
