using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.AnnuaireDuReseau;

/// <summary>A referent prepares a collaborative day: the network directory, a filter, the « qui fait quoi » grid, back to one cell's actors.</summary>
[Collection(AvecNavigateur.Nom)]
public sealed class ReseauPagesTests(Navigateur navigateur)
{
    private const string LannionTregor = "200065928";

    [Fact]
    public async Task Reseau_ReferentFiltrePuisOuvreLaGrilleEtUneCase_SansViolation()
    {
        var page = await navigateur.OuvrirAsync("/reseau", UtilisateurDeTest.Referent(LannionTregor, "referent-reseau"));

        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Annuaire du réseau — CA Lannion-Trégor Communauté");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Annuaire du réseau", Exact = true }).GetAttributeAsync("aria-current")).ShouldBe("page");
        (await page.Locator(".reseau-lieu").CountAsync()).ShouldBeGreaterThan(0);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty("annuaire du réseau");
        await Navigateur.CapturerAsync(page, "reseau-annuaire");

        await page.GetByLabel("Besoin").SelectOptionAsync("etre_aidee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).PressAsync("Enter");
        await page.WaitForURLAsync("**/reseau?*besoin=etre_aidee*");
        var filtres = await page.Locator(".reseau-lieu").CountAsync();
        filtres.ShouldBeGreaterThan(0);
        (await page.Locator(".reseau-lieu li").AllTextContentsAsync()).ShouldAllBe(t => t.Contains("Être aidé·e dans ses démarches"));
        (await page.GetByRole(AriaRole.Link, new() { Name = "Télécharger l'annuaire (tableur XLSX, avec contacts et grille)" }).CountAsync()).ShouldBe(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Qui fait quoi : la grille par besoin et par commune" }).ClickAsync();
        await page.WaitForURLAsync("**/reseau/qui-fait-quoi?*");
        (await page.Locator("table caption").TextContentAsync())!.ShouldContain("Qui fait quoi, par besoin et par commune");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty("grille qui fait quoi");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator(".entete nav").IsVisibleAsync()).ShouldBeFalse("la navigation ne s'imprime pas");
        (await page.Locator("table.tableau-qui-fait-quoi").IsVisibleAsync()).ShouldBeTrue();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await Navigateur.CapturerAsync(page, "reseau-qui-fait-quoi");

        var total = page.Locator("tfoot a[href*='besoin=etre_aidee']");
        var libelle = await total.TextContentAsync();
        await total.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/reseau?*besoin=etre_aidee*");
        (await page.Locator(".reseau-lieu").CountAsync()).ShouldBe(filtres);
        libelle!.ShouldStartWith($"{filtres} lieu");
    }
}
