using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Carte;

[Collection(AvecNavigateur.Nom)]
public sealed class CartePagesTests(Navigateur navigateur)
{
    [Fact]
    public async Task OuvrirCarte_SansFondDeCarte_DessineLesContoursEtResteAccessible()
    {
        var page = await navigateur.OuvrirAsync("/carte");

        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte path.leaflet-interactive').length >= 61");
        (await page.Locator("#etat-carte").TextContentAsync())!.ShouldContain("par EPCI");
        await Navigateur.CapturerAsync(page, "carte-epci");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ChoisirNiveau_Communes_DessineLes1202CommunesEtLeMetDansLAdresse()
    {
        var page = await navigateur.OuvrirAsync("/carte");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte path.leaflet-interactive').length >= 61");

        await page.SelectOptionAsync("#choix-niveau", "commune");

        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte path.leaflet-interactive').length >= 1202");
        await page.WaitForFunctionAsync("() => location.search.includes('niveau=commune')");
        (await page.Locator("#lien-liste").GetAttributeAsync("href"))!.ShouldContain("niveau=commune");
    }

    [Fact]
    public async Task Rechercher_CodePostal_CentreLaCarteSurLaCommune()
    {
        var page = await navigateur.OuvrirAsync("/carte");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte path.leaflet-interactive').length >= 61");

        await page.FillAsync("#recherche-lieu", "29200");
        await page.Keyboard.PressAsync("Enter");

        await page.GetByRole(AriaRole.Button, new() { Name = "Brest (29200)" }).WaitForAsync();
        await page.WaitForFunctionAsync("() => (document.querySelector('#etat-carte').textContent || '').includes('Brest')");
        await page.WaitForFunctionAsync("() => /vue=48\\.[34]\\d*,-4\\.[45]/.test(location.search)");
    }
}
