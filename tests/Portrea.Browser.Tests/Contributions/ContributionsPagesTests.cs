using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Contributions;

[Collection(AvecNavigateur.Nom)]
public sealed class ContributionsPagesTests(Navigateur navigateur)
{
    [Fact]
    public async Task Modifier_DeuxEditeursEnMemeTemps_LeSecondVoitCeQuiAChangeFusionneEtEnregistre()
    {
        var id = await LieuDuFinistereAsync(0);
        var alice = await navigateur.OuvrirAsync($"/lieux/{id}/modifier", UtilisateurDeTest.Administrateur("alice"));
        var bruno = await navigateur.OuvrirAsync($"/lieux/{id}/modifier", UtilisateurDeTest.Administrateur("bruno"));
        (await Accessibilite.ViolationsGravesAsync(alice)).ShouldBeEmpty();

        await bruno.GetByLabel("Téléphone", new() { Exact = true }).FillAsync("02 98 11 11 11");
        await bruno.GetByLabel("Structure parente").FillAsync("Réseau de Bruno");
        await bruno.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        await bruno.GetByRole(AriaRole.Status).GetByText("Vos modifications sont enregistrées").WaitForAsync();
        var changementsDeBruno = (await LireAsync($"/api/v1/lieux/{id}/historique")).GetProperty("modifications")[0].GetProperty("changements");
        changementsDeBruno.EnumerateArray().Select(c => c.GetProperty("champ").GetString()).ShouldBe(["telephone", "structureParente"], ignoreOrder: true);

        await alice.GetByLabel("Téléphone", new() { Exact = true }).FillAsync("02 98 22 22 22");
        await alice.GetByLabel("Présentation courte").FillAsync("Accueil numérique d'Alice");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        var alerte = alice.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Quelqu'un a modifié cette fiche" });
        await alerte.WaitForAsync();
        (await alerte.TextContentAsync())!.ShouldContain("Structure parente");
        (await alice.GetByLabel("Structure parente").InputValueAsync()).ShouldBe("Réseau de Bruno");
        (await alice.GetByLabel("Présentation courte").InputValueAsync()).ShouldBe("Accueil numérique d'Alice");
        (await Accessibilite.ViolationsGravesAsync(alice)).ShouldBeEmpty();
        await alerte.GetByRole(AriaRole.Radio, new() { Name = "La valeur enregistrée" }).CheckAsync();
        await alice.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        await alice.GetByRole(AriaRole.Status).GetByText("Vos modifications sont enregistrées").WaitForAsync();

        var fiche = await LireAsync($"/api/v1/lieux/{id}");
        fiche.GetProperty("telephone").GetString().ShouldBe("+33298111111");
        fiche.GetProperty("structureParente").GetString().ShouldBe("Réseau de Bruno");
        fiche.GetProperty("presentationResume").GetString().ShouldBe("Accueil numérique d'Alice");
    }

    [Fact]
    public async Task Proposer_PublicPuisModerer_LHistoriqueMontreLEditionEtLaProposition()
    {
        var id = await LieuDuFinistereAsync(1);
        var editeur = await navigateur.OuvrirAsync($"/lieux/{id}/modifier", UtilisateurDeTest.Administrateur("editrice"));
        await editeur.GetByLabel("Présentation courte").FillAsync("Permanence numérique");
        await editeur.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        await editeur.GetByRole(AriaRole.Status).GetByText("Vos modifications sont enregistrées").WaitForAsync();

        var habitant = await navigateur.OuvrirAsync($"/lieux/{id}");
        await habitant.GetByRole(AriaRole.Link, new() { Name = "Signaler une erreur / proposer une modification" }).ClickAsync();
        await habitant.WaitForURLAsync($"**/lieux/{id}/signaler");
        (await Accessibilite.ViolationsGravesAsync(habitant)).ShouldBeEmpty();
        await habitant.GetByLabel("Téléphone").FillAsync("02 98 33 33 33");
        await habitant.GetByLabel("Message aux référent·es (facultatif)").FillAsync("Le numéro a changé en janvier.");
        await habitant.GetByLabel("Votre adresse électronique (facultatif)").FillAsync("habitant@example.org");
        await habitant.GetByRole(AriaRole.Button, new() { Name = "Envoyer la proposition" }).ClickAsync();
        await habitant.GetByRole(AriaRole.Status).GetByText("Merci, votre proposition est transmise").WaitForAsync();

        var referente = await navigateur.OuvrirAsync("/moderation", UtilisateurDeTest.Administrateur("moderatrice"));
        (await Accessibilite.ViolationsGravesAsync(referente)).ShouldBeEmpty();
        var proposition = referente.Locator("article.proposition").Filter(new() { HasText = "Le numéro a changé en janvier." });
        (await proposition.TextContentAsync())!.ShouldContain("+33298333333");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Tout accepter" }).ClickAsync();
        await referente.GetByRole(AriaRole.Status).GetByText("acceptée").WaitForAsync();

        var historique = await navigateur.OuvrirAsync($"/lieux/{id}/historique", UtilisateurDeTest.Administrateur("moderatrice"));
        (await Accessibilite.ViolationsGravesAsync(historique)).ShouldBeEmpty();
        var versions = historique.Locator("ol.historique > li");
        (await versions.Nth(0).TextContentAsync())!.ShouldContain("Proposition modérée");
        (await versions.Nth(0).TextContentAsync())!.ShouldContain("+33298333333");
        (await versions.Nth(1).TextContentAsync())!.ShouldContain("Formulaire");
        (await versions.Nth(1).TextContentAsync())!.ShouldContain("Permanence numérique");
    }

    [Fact]
    public async Task Ouvrir_FichesAMettreAJour_TrieesEtSansViolationGraveDAccessibilite()
    {
        var page = await navigateur.OuvrirAsync("/lieux/a-mettre-a-jour?tri=fraicheur", UtilisateurDeTest.Administrateur());

        (await page.Locator("#fiches caption").TextContentAsync())!.ShouldContain("ancienneté de la confirmation");
        (await page.Locator("#fiches tbody tr").CountAsync()).ShouldBeGreaterThan(10);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Ouvrir_PageDEdition_AnonymeEstRenvoyeVersLaConnexion()
    {
        var id = await LieuDuFinistereAsync(2);
        var contexte = await navigateur.Chromium.NewContextAsync(new() { BaseURL = navigateur.Adresse.ToString() });
        var page = await contexte.NewPageAsync();

        var reponse = await page.GotoAsync($"/lieux/{id}/modifier");

        page.Url.ShouldContain("/connexion?ReturnUrl=");
        reponse.ShouldNotBeNull();
    }

    private async Task<string> LieuDuFinistereAsync(int rang)
    {
        var page = await LireAsync("/api/v1/lieux?departement=29&taille=10&besoin=etre_aidee");
        return page.GetProperty("elements")[rang].GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> LireAsync(string chemin)
    {
        using var client = new HttpClient { BaseAddress = navigateur.Adresse };
        return await client.GetFromJsonAsync<JsonElement>(chemin);
    }
}
