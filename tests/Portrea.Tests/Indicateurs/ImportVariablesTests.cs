using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Imports;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Indicateurs.Import;
using Portrea.Core.Territoires;
using Portrea.Core.Territoires.Import;
using Portrea.Tests.Indicateurs.Fixtures;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Indicateurs;

public sealed class ImportVariablesTests
{
    private static readonly OptionsImportVariables Population = new("INSEE base-cc 2021", "2021");

    /// <summary>A host on an empty database holding the Bretagne territories only (no shipped variables).</summary>
    internal static async Task<PortreaApplication> TerritoiresSeulsAsync(BaseDeTest baseDeTest)
    {
        var app = new PortreaApplication(baseDeTest, new Dictionary<string, string?> { ["Portrea:Database:SeedAtStartup"] = "false" });
        await app.AvecServicesAsync(async s => await s.GetRequiredService<DecoupageAdministratifImporter>().ImporterAsync(
            [Path.Combine(AppContext.BaseDirectory, "data", "referentiel", "bretagne_decoupage_2026.json")],
            new OptionsImportDecoupage(null, "COG 2026", "2023"), simulation: false, progression: null, CancellationToken.None));
        return app;
    }

    private static async Task<RapportImport> ImporterAsync(PortreaApplication app, string fichier, OptionsImportVariables options, bool simulation = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VariablesImporter>().ImporterAsync(fichier, options, simulation, null, CancellationToken.None);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_FichierInseeBaseCc_LitLesVariablesSansPrefixeLesDecimalesFrancaisesEtLesSecrets(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);

        var rapport = await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population);

        rapport.ARejets.ShouldBeFalse(string.Join(" ; ", rapport.Rejetes));
        rapport.Applique.ShouldBeTrue();
        rapport.Avertissements.ShouldContain(a => a.Contains("hors du territoire") && a.Contains("75056"));
        var valeurs = await app.AvecBaseAsync(db => db.ValeursVariables.ToListAsync());
        double? Valeur(string code, string variable) => valeurs.Single(v => v.Code == code && v.Variable == variable).Valeur;
        Valeur("35238", "POP65P").ShouldBe(33168.85);
        Valeur("35238", "POP15P").ShouldBe(193258.85);
        Valeur("22001", "POP80P").ShouldBeNull();
        valeurs.ShouldAllBe(v => v.Millesime == "2021" && v.Source == "INSEE base-cc 2021");
        // Le Cambout (22027) and Coëtlogon (22043) merged into Plumieux (22241): counts add up, a secret part makes the sum unknown.
        Valeur("22241", "POP").ShouldBe(1025 + 411 + 217);
        Valeur("22241", "POP80P").ShouldBeNull();
        valeurs.ShouldNotContain(v => v.Code == "22027" || v.Code == "75056");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_RecensementComplet_CalculeLaFragiliteExacteSansEstimation(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);
        await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population);
        await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Diplomes), Population);

        await using var scope = app.Services.CreateAsyncScope();
        var resultats = await scope.ServiceProvider.GetRequiredService<CalculerIndicateurs>().ResultatsAsync(CancellationToken.None);
        var valeur = resultats.Valeur("fragilite_socio_numerique", NiveauTerritoire.Commune, "35238")!;

        valeur.Valeur!.Value.ShouldBe(33168.85 + 18630.2 * (193258.85 - 33168.85) / 193258.85, 1e-6);
        valeur.Part!.Value.ShouldBe(valeur.Valeur.Value / 193258.85, 1e-9);
        valeur.Estimation.ShouldBeNull();
        valeur.Millesime.ShouldBe("2021");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_DeuxFoisLeMemeFichier_NeChangeRien(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);
        await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population);
        var avant = await app.AvecBaseAsync(async db => (await db.ValeursVariables.CountAsync(), await db.JeuxDeDonnees.Where(j => j.Cle.StartsWith("variables:")).Select(j => j.ImporteLe).SingleAsync()));

        var rapport = await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population);

        rapport.Avertissements.ShouldContain("Ces valeurs sont déjà chargées : rien n'a changé.");
        var apres = await app.AvecBaseAsync(async db => (await db.ValeursVariables.CountAsync(), await db.JeuxDeDonnees.Where(j => j.Cle.StartsWith("variables:")).Select(j => j.ImporteLe).SingleAsync()));
        apres.ShouldBe(avant);
    }

    [Fact]
    public async Task Importer_Simulation_NEcritRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);

        var rapport = await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population, simulation: true);

        rapport.Acceptes.ShouldBeGreaterThan(0);
        rapport.Applique.ShouldBeFalse();
        (await app.AvecBaseAsync(db => db.ValeursVariables.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_ValeurNonNumerique_NEcritRienEtSignaleLigneEtColonne(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "invalide.csv");
        await File.WriteAllTextAsync(fichier, "CODGEO;P21_POP;P21_POP65P\n35238;225081;33168\n22001;abc;157\n");

        var rapport = await ImporterAsync(app, fichier, Population);

        rapport.Applique.ShouldBeFalse();
        rapport.Rejetes.ShouldHaveSingleItem().ShouldBe(new RejetImport(3, "P21_POP", "valeur non numérique « abc »"));
        (await app.AvecBaseAsync(db => db.ValeursVariables.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Importer_PrefixeDeMillesimeDiscordant_RejetteLaColonne()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);

        var rapport = await ImporterAsync(app, FichiersInsee.Chemin(FichiersInsee.Population), Population with { Millesime = "2019" });

        rapport.Rejetes.ShouldContain(r => r.Champ == "P21_POP" && r.Motif.Contains("2021"));
    }

    [Theory]
    [InlineData("binaire")]
    [InlineData("sans-cle")]
    [InlineData("vide")]
    public async Task Importer_FichierIllisible_LeveUneErreurFrancaise(string cas)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await TerritoiresSeulsAsync(baseDeTest);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "illisible.csv");
        await File.WriteAllBytesAsync(fichier, cas switch
        {
            "binaire" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x3B],
            "sans-cle" => "NOM;VALEUR\nRennes;3\n"u8.ToArray(),
            _ => [],
        });

        await Should.ThrowAsync<FichierIllisibleException>(() => ImporterAsync(app, fichier, Population));
    }
}
