using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Portraits;

[Collection(AvecNavigateur.Nom)]
public sealed class PortraitsPagesTests(Navigateur navigateur)
{
    [Theory]
    [InlineData("/portraits/epci/243500139")]
    [InlineData("/portraits/epci/243500139?ajout=35238:etre_aidee:4")]
    [InlineData("/portraits/communes/29155")]
    [InlineData("/portraits/epci")]
    [InlineData("/annuaires/epci/243500139")]
    public async Task Ouvrir_PortraitOuAnnuaire_AucuneViolationGraveDAccessibilite(string chemin)
    {
        var page = await navigateur.OuvrirAsync(chemin);

        (await page.GetAttributeAsync("html", "lang")).ShouldBe("fr");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Simuler_AuClavierSansScript_AjouteLaPermanenceEtAfficheLaSimulation()
    {
        var page = await navigateur.OuvrirAsync("/portraits/epci/243500139");

        await page.GetByLabel("Commune", new() { Exact = true }).SelectOptionAsync("35238");
        await page.GetByLabel("Heures par semaine").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter la permanence" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**ajout=35238*");

        (await page.TextContentAsync("main"))!.ShouldContain("Simulation en cours");
    }
}
