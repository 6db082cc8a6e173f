using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Lieux;

[Collection(AvecNavigateur.Nom)]
public sealed class LieuxPagesTests(Navigateur navigateur)
{
    [Theory]
    [InlineData("/lieux")]
    [InlineData("/lieux?besoin=etre_aidee&departement=22")]
    [InlineData("/lieux/france-services-133")]
    [InlineData("/territoires/communes/22278")]
    public async Task Ouvrir_PageDesLieux_AucuneViolationGraveDAccessibilite(string chemin)
    {
        var page = await navigateur.OuvrirAsync(chemin);

        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filtrer_ParCommuneEtBesoin_OuvreLaFicheImprimable()
    {
        var page = await navigateur.OuvrirAsync("/lieux");

        await page.GetByLabel("Commune").FillAsync("Saint-Brieuc");
        await page.GetByLabel("Besoin").SelectOptionAsync(new SelectOptionValue { Label = "Être informé·e et orienté·e" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.WaitForURLAsync("**/lieux?*besoin=etre_informe_oriente*");
        await page.GetByRole(AriaRole.Link, new() { Name = "France services Saint-Brieuc", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/lieux/france-services-133");

        (await page.Locator("h1").TextContentAsync())!.ShouldContain("France services Saint-Brieuc");
        (await page.Locator(".etat-ouverture").TextContentAsync())!.Trim().ShouldNotBeEmpty();
        (await page.Locator("link[rel=stylesheet][media=print]").CountAsync()).ShouldBe(1);
    }
}
