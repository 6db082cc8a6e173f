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
        // Places load beside the outlines: the status line says when both are there.
        await page.WaitForFunctionAsync("() => (document.querySelector('#etat-carte').textContent || '').includes('par EPCI')");
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

[Collection(AvecNavigateur.Nom)]
public sealed class CarteFiltresTests(Navigateur navigateur)
{
    [Fact]
    public async Task ChoisirIndicateurEtBesoin_FiltreLesLieuxEtOuvreUneFiche()
    {
        var page = await navigateur.OuvrirAsync("/carte");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte .marqueur-lieu, #carte .marker-cluster').length > 0");

        await page.SelectOptionAsync("#choix-indicateur", "couverture_thd");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#legende-carte li').length >= 3");
        await page.SelectOptionAsync("#choix-besoin", "etre_aidee");
        await page.WaitForFunctionAsync("() => location.search.includes('besoin=etre_aidee') && location.search.includes('indicateur=couverture_thd')");
        await page.WaitForFunctionAsync("() => (document.querySelector('#etat-carte').textContent || '').includes('lieu')");

        // Zoom in on Rennes to break the clusters, then open a place.
        await page.FillAsync("#recherche-lieu", "Rennes");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rennes (35000, 35200, 35700)" }).ClickAsync();
        var marqueur = page.Locator("#carte .marqueur-lieu").First;
        await marqueur.WaitForAsync();
        // Markers are keyboard-operable: focus one and press Enter, as a keyboard user would.
        await marqueur.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var lien = page.Locator(".leaflet-popup a", new() { HasText = "Voir la fiche du lieu" });
        await lien.WaitForAsync();
        await Navigateur.CapturerAsync(page, "carte-indicateur-lieu");
        await lien.ClickAsync();
        await page.WaitForURLAsync("**/lieux/**");
        (await page.Locator("h1").TextContentAsync())!.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ListeDeLaCarte_MemesFiltres_AccessibleAuClavier()
    {
        var page = await navigateur.OuvrirAsync("/carte/liste?indicateur=couverture_thd&niveau=epci&besoin=etre_aidee");

        (await page.Locator("h1").TextContentAsync())!.ShouldContain("liste");
        (await page.Locator("#territoires + p + table tbody tr, #territoires ~ table").First.Locator("tbody tr").CountAsync()).ShouldBe(61);
        (await page.Locator("#lieux").TextContentAsync())!.ShouldNotContain("(0)");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();

        // The first place link is reachable with the keyboard alone.
        var premierLieu = page.Locator("#lieux ~ table tbody th a").First;
        var cible = await premierLieu.GetAttributeAsync("href");
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')") == cible)
            {
                break;
            }
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + cible);
    }
}

[Collection(AvecNavigateur.Nom)]
public sealed class CarteIntegreeTests(Navigateur navigateur)
{
    [Fact]
    public async Task Integrer_RennesMetropole_NeMontreQueSesCommunesEtSesLieux()
    {
        var page = await navigateur.OuvrirAsync("/integrer?territoire=epci:243500139&niveau=commune&besoin=etre_aidee");

        await page.WaitForFunctionAsync("() => document.querySelectorAll('#carte path.leaflet-interactive').length === 43");
        await page.WaitForFunctionAsync("() => (document.querySelector('#etat-carte').textContent || '').includes('lieu')");
        (await page.Locator("header").CountAsync()).ShouldBe(0);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task CodeIntegration_ChoisirUnEpci_DonneUnIframeACopier()
    {
        var page = await navigateur.OuvrirAsync("/carte/integrer");

        await page.SelectOptionAsync("#integrer-epci", "243500139");
        await page.GetByRole(AriaRole.Button, new() { Name = "Produire le code" }).ClickAsync();

        var code = await page.Locator("#code-integration").InputValueAsync();
        code.ShouldContain("<iframe");
        code.ShouldContain("/integrer?territoire=epci:243500139");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }
}
