using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Indicateurs;

[Collection(AvecNavigateur.Nom)]
public sealed class IndicateursPagesTests(Navigateur navigateur)
{
    [Theory]
    [InlineData("/methodologie")]
    [InlineData("/territoires/communes/22001")]
    [InlineData("/territoires/epci/243500139")]
    public async Task Ouvrir_PageAvecIndicateurs_AucuneViolationGraveDAccessibilite(string chemin)
    {
        var page = await navigateur.OuvrirAsync(chemin);

        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Clavier_DetailDUnChiffre_SOuvreEtMontreSourceEtCouverture()
    {
        var page = await navigateur.OuvrirAsync("/territoires/communes/35238");
        var section = page.Locator("section.indicateurs");
        var resume = section.Locator("tr", new() { HasText = "Locaux éligibles au très haut débit" }).Locator("summary").First;

        await resume.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var details = section.Locator("tr", new() { HasText = "Locaux éligibles au très haut débit" }).Locator("details").First;
        (await details.GetAttributeAsync("open")).ShouldNotBeNull();
        var texte = (await details.TextContentAsync())!;
        texte.ShouldContain("ARCEP");
        texte.ShouldContain("2019");
        texte.ShouldContain("données disponibles pour la commune");
    }

    [Fact]
    public async Task Lien_NomDIndicateur_MeneALaMethodologie()
    {
        var page = await navigateur.OuvrirAsync("/territoires/communes/22001");

        var lien = page.GetByRole(AriaRole.Link, new() { Name = "Score de fragilité socio-numérique", Exact = true }).First;
        (await lien.GetAttributeAsync("href"))!.ShouldEndWith("/methodologie#fragilite_socio_numerique");
        await lien.ClickAsync();

        // The methodology page is long: on a loaded machine its load event can come late, the document is enough.
        await page.WaitForURLAsync("**/methodologie#fragilite_socio_numerique", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        (await page.Locator("#fragilite_socio_numerique h2").TextContentAsync())!.ShouldContain("fragilité");
    }
}
