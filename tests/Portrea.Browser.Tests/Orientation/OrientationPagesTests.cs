using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Orientation;

/// <summary>The reception-desk journey on a phone: guided form with the keyboard only, results, then the orientation sheet.</summary>
[Collection(AvecNavigateur.Nom)]
public sealed class OrientationPagesTests(Navigateur navigateur)
{
    private static readonly ViewportSize Telephone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Orienter_AuClavierSurTelephone_DonneDesLieuxPuisUneFicheImprimableSansViolation()
    {
        var page = await navigateur.OuvrirAsync("/orienter", Telephone);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty("formulaire /orienter");

        await TabulerJusquAAsync(page, "#besoin-etre_informe_oriente");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        (await ValeurAsync(page, "input[name=besoin]:checked")).ShouldBe("etre_aidee");
        await TabulerJusquAAsync(page, "#service");
        for (var i = 0; i < 20 && await ValeurAsync(page, "#service") != "espace-caf"; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        (await ValeurAsync(page, "#service")).ShouldBe("espace-caf");
        await TabulerJusquAAsync(page, "#commune");
        await page.Keyboard.TypeAsync("Saint-Brieuc");
        await TabulerJusquAAsync(page, "#dispo-lundi-matin");
        await page.Keyboard.PressAsync("Space");
        await TabulerJusquAAsync(page, "#situation-senior");
        await page.Keyboard.PressAsync("Space");
        await TabulerJusquAAsync(page, "#payant-indifferent");
        await page.Keyboard.PressAsync("ArrowDown");
        (await ValeurAsync(page, "input[name=payant]:checked")).ShouldBe("non");
        await TabulerJusquAAsync(page, "#envoyer-orientation");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/orienter?*service=espace-caf*");

        (await page.Locator("#titre-resultats").TextContentAsync())!.ShouldContain("Créer ou utiliser mon espace CAF");
        (await page.Locator(".liste-orientation > li").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator(".liste-orientation > li").First.TextContentAsync())!.ShouldContain("Propose : ");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty("résultats");
        await Navigateur.CapturerAsync(page, "orientation-resultats-telephone");

        var premier = await page.Locator(".liste-orientation > li h3").First.TextContentAsync();
        await TabulerJusquAAsync(page, "a.bouton[href^='/orienter/fiche/']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/orienter/fiche/**");

        (await page.Locator("h1").TextContentAsync())!.Trim().ShouldBe(premier!.Trim());
        (await page.Locator("#texte-sms").InputValueAsync()).Length.ShouldBeInRange(20, 320);
        (await page.Locator("a[href^='mailto:']").CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Imprimer la fiche" }).IsVisibleAsync()).ShouldBeTrue();
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty("fiche d'orientation");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator("#texte-sms").IsVisibleAsync()).ShouldBeFalse("le texte SMS ne s'imprime pas");
        (await page.Locator(".fiche-orientation").IsVisibleAsync()).ShouldBeTrue();
        await Navigateur.CapturerAsync(page, "orientation-fiche-impression");
    }

    [Fact]
    public async Task Ouvrir_Statistiques_AucuneViolationGraveDAccessibilite()
    {
        var page = await navigateur.OuvrirAsync("/orienter/statistiques", Telephone);

        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selecteur"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabulerJusquAAsync(IPage page, string selecteur)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selecteur))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"« {selecteur} » n'est jamais atteint à la touche Tab.");
    }

    private static Task<string> ValeurAsync(IPage page, string selecteur) =>
        page.EvaluateAsync<string>("s => document.querySelector(s)?.value ?? ''", selecteur);
}
