using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Territoires;

[Collection(AvecNavigateur.Nom)]
public sealed class TerritoiresPagesTests(Navigateur navigateur)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/territoires")]
    [InlineData("/territoires/regions/53")]
    [InlineData("/territoires/departements/35")]
    [InlineData("/territoires/epci/243500139")]
    [InlineData("/territoires/epci/243500741")]
    [InlineData("/territoires/communes/35238")]
    [InlineData("/territoires/communes/29155")]
    [InlineData("/donnees")]
    public async Task Ouvrir_PageDeTerritoire_AucuneViolationGraveDAccessibilite(string chemin)
    {
        var page = await navigateur.OuvrirAsync(chemin);

        (await page.GetAttributeAsync("html", "lang")).ShouldBe("fr");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Naviguer_DeLaRegionALaCommune_SuitLesLiensEtAfficheLesEffectifs()
    {
        var page = await navigateur.OuvrirAsync("/territoires");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ille-et-Vilaine", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/territoires/departements/35");
        (await page.TextContentAsync("main"))!.ShouldContain("332");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rennes Métropole", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/territoires/epci/243500139");
        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Rennes Métropole");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Communes membres (43)" }).CountAsync()).ShouldBe(1);
        (await page.Locator("table", new() { Has = page.Locator("caption", new() { HasText = "Communes de Rennes Métropole" }) }).Locator("tbody tr").CountAsync()).ShouldBe(43);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rennes", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/territoires/communes/35238");
        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Rennes");
    }

    [Fact]
    public async Task Clavier_LienDEvitement_AmeneAuContenu()
    {
        var page = await navigateur.OuvrirAsync("/territoires/departements/29");

        await page.Keyboard.PressAsync("Tab");
        var focus = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        focus.ShouldContain("contenu");
        await page.Keyboard.PressAsync("Enter");
        page.Url.ShouldEndWith("#contenu");
    }
}
