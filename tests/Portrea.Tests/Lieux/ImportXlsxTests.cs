using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Export;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Lieux.Recherche;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Lieux;

/// <summary>The XLSX route (the product's own export, edited in a spreadsheet, then imported back).</summary>
public sealed class ImportXlsxTests(BretagneSqlite bretagne) : IClassFixture<BretagneSqlite>
{
    private static readonly Dictionary<string, string?> SansAmorcage = new() { ["Portrea:Database:SeedAtStartup"] = "false" };

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task ExporterXlsxPuisImporter_BaseVide_ReproduitLeFichierStandard(Moteur moteur)
    {
        var xlsx = await bretagne.Client.GetByteArrayAsync("/api/v1/export/lieux?format=xlsx");
        var standard = await bretagne.Client.GetStringAsync("/api/v1/export/lieux?format=mednum-csv");
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);
        using var client = app.CreateClient();

        var rapport = await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(xlsx, "lieux.xlsx", FormatFichierLieux.Auto, false, null, default));

        rapport.Rejetes.ShouldBeEmpty();
        rapport.Applique.ShouldBeTrue();
        (await client.GetStringAsync("/api/v1/export/lieux?format=mednum-csv")).ShouldBe(standard);
    }

    [Fact]
    public async Task Importer_XlsxAvecUneLigneInvalide_DonneSonNumeroDeLigneEtNEcritRien()
    {
        var lieux = await bretagne.App.AvecBaseAsync(db => RechercherLieux.Filtrer(db, new FiltresLieux()).Take(3)
            .Include(l => l.Services).ThenInclude(s => s.Creneaux).Include(l => l.Contacts).Include(l => l.Structure).AsSplitQuery().ToListAsync());
        lieux[1].CodePostal = "2920";
        using var flux = new MemoryStream();
        ExportXlsx.Ecrire(lieux, flux);
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);

        var rapport = await app.AvecBaseAsync(db => new ImporterLieux(db, TimeProvider.System)
            .ImporterAsync(flux.ToArray(), "lieux.xlsx", FormatFichierLieux.Xlsx, false, null, default));

        rapport.Acceptes.ShouldBe(2);
        rapport.Rejetes.ShouldHaveSingleItem().Ligne.ShouldBe(3);
        rapport.Rejetes[0].Champ.ShouldBe("code_postal");
        rapport.Applique.ShouldBeFalse();
        (await app.AvecBaseAsync(db => db.Lieux.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Importer_XlsxTronque_SignaleUnFichierIllisibleEnFrancais()
    {
        var xlsx = await bretagne.Client.GetByteArrayAsync("/api/v1/export/lieux?format=xlsx");
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, SansAmorcage);

        var erreur = await Should.ThrowAsync<Portrea.Core.Imports.FichierIllisibleException>(() => app.AvecBaseAsync(db =>
            new ImporterLieux(db, TimeProvider.System).ImporterAsync(xlsx[..(xlsx.Length / 2)], "lieux.xlsx", FormatFichierLieux.Xlsx, false, null, default)));

        erreur.Message.ShouldContain("lieux.xlsx");
    }
}
