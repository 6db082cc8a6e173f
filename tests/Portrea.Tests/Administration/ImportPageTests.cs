using System.Net;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Lieux;

namespace Portrea.Tests.Administration;

public sealed class ImportPageTests
{
    [Fact]
    public async Task Valider_FichierAvecErreurs_AfficheLesLignesRejeteesSansRienEcrire()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();
        (await client.ConnecterAsync("admin@example.org")).Dispose();

        using var reponse = await EnvoyerAsync(client, await File.ReadAllBytesAsync(ImportLieuxTests.Fixture("occitanie_lieux_v0.csv")), simulation: true);
        var page = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("rien n'a été importé");
        page.ShouldContain("<td class=\"nombre\">28</td>");
        page.ShouldContain("<code>code_postal</code>");
        (await app.AvecBaseAsync(db => db.Lieux.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Importer_FichierValide_EcritLesLieux()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();
        (await client.ConnecterAsync("admin@example.org")).Dispose();
        var lignes = (await File.ReadAllLinesAsync(ImportLieuxTests.Fixture("occitanie_lieux_v0.csv"))).Take(27);
        var contenu = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lignes));

        using var simulation = await EnvoyerAsync(client, contenu, simulation: true);
        var lieuxApresSimulation = await app.AvecBaseAsync(db => db.Lieux.CountAsync());
        using var import = await EnvoyerAsync(client, contenu, simulation: false);

        WebUtility.HtmlDecode(await simulation.Content.ReadAsStringAsync()).ShouldContain("Fichier valide : 26 lieu(x) prêt(s) à importer.");
        lieuxApresSimulation.ShouldBe(0);
        WebUtility.HtmlDecode(await import.Content.ReadAsStringAsync()).ShouldContain("Import terminé : 26 lieu(x) importé(s).");
        (await app.AvecBaseAsync(db => db.Lieux.CountAsync())).ShouldBe(26);
    }

    private static async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, byte[] contenu, bool simulation)
    {
        var jeton = await client.JetonAntiforgeryAsync("/admin/import");
        using var formulaire = new MultipartFormDataContent
        {
            { new ByteArrayContent(contenu), "fichier", "lieux.csv" },
            { new StringContent("auto"), "format" },
            { new StringContent(simulation ? "true" : "false"), "simulation" },
            { new StringContent(jeton), "__RequestVerificationToken" },
        };
        return await client.PostAsync("/admin/import", formulaire);
    }
}
