using Microsoft.EntityFrameworkCore;
using Portrea.Cli;
using Portrea.Tests.Indicateurs.Fixtures;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Persistence;

namespace Portrea.Tests.Cli;

[Collection(ConsoleCli.Nom)]
public sealed class ImportVariablesCliTests
{
    private static string[] Options(BaseDeTest baseDeTest) =>
        baseDeTest.Moteur == Moteur.Postgres
            ? ["--moteur", "postgresql", "--connexion", baseDeTest.Connexion!]
            : ["--dossier-donnees", baseDeTest.DossierDonnees];

    private static async Task<string[]> PreparerAsync(BaseDeTest baseDeTest)
    {
        var options = Options(baseDeTest);
        (await Programme.Main(["import", "territoires", Path.Combine(AppContext.BaseDirectory, "data", "referentiel", "bretagne_decoupage_2026.json"), .. options])).ShouldBe(0);
        return options;
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ImportVariables_FichierInsee_ChargeSansDoublonAuDeuxiemePassage(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        var options = await PreparerAsync(baseDeTest);
        string[] import = ["import", "variables", FichiersInsee.Chemin(FichiersInsee.Population), "--source", "INSEE base-cc 2021", "--millesime", "2021", .. options];

        (await Programme.Main(import)).ShouldBe(0);
        (await Programme.Main(import)).ShouldBe(0);

        await using var db = SchemaTests.Contexte(baseDeTest);
        (await db.ValeursVariables.CountAsync()).ShouldBe(3 * 6);
    }

    [Fact]
    public async Task ImportVariables_ColonnesExplicitesEnSimulation_NEcritRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var options = await PreparerAsync(baseDeTest);

        var code = await Programme.Main(["import", "variables", Path.Combine(AppContext.BaseDirectory, "data", "emploi", "bretagne_defm_2019_communes_5000hab.csv"),
            "--source", "DEFM", "--millesime", "2019", "--colonne", "ABCDE=ABCDE", "--dry-run", "--json", .. options]);

        code.ShouldBe(0);
        await using var db = SchemaTests.Contexte(baseDeTest);
        (await db.ValeursVariables.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportVariables_LigneInvalide_SortAvecLeCode1()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var options = await PreparerAsync(baseDeTest);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "invalide.csv");
        await File.WriteAllTextAsync(fichier, "CODGEO;P21_POP\n35238;deux cents\n");

        (await Programme.Main(["import", "variables", fichier, "--source", "x", "--millesime", "2021", .. options])).ShouldBe(1);
    }

    [Fact]
    public async Task ImportVariables_FichierBinaire_SortAvecLeCode2()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "archive.csv");
        await File.WriteAllBytesAsync(fichier, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]);

        (await Programme.Main(["import", "variables", fichier, "--source", "x", "--millesime", "2021", .. Options(baseDeTest)])).ShouldBe(2);
    }
}
