using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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
    public async Task Parcours_ReferentInviteUnContributeurQuiModifieSaFichePuisPropositionPubliqueModeree_LHistoriqueMontreLesDeux()
    {
        // A sheet of Morbihan run by a structure (the other journeys use Finistère), and the referent of its EPCI.
        var (id, structure, epci) = await navigateur.AvecBaseAsync(async db =>
        {
            var lieu = await db.Lieux.Where(l => l.CommuneCode!.StartsWith("56") && l.StructureId != null && !l.Brouillon)
                .OrderBy(l => l.Identifiant)
                .Select(l => new { l.Identifiant, l.StructureId, Epci = db.EpciMembres.Where(m => m.CommuneCode == l.CommuneCode).Select(m => m.EpciSiren).First() })
                .FirstAsync();
            return (lieu.Identifiant, lieu.StructureId!.Value, lieu.Epci);
        });
        var referent = UtilisateurDeTest.Referent(epci, "referente-parcours");

        var comptes = await navigateur.OuvrirAsync("/admin/comptes", referent);
        (await Accessibilite.ViolationsGravesAsync(comptes)).ShouldBeEmpty();
        await comptes.GetByLabel("Adresse électronique").FillAsync("nolwenn.contributrice@portrea.test");
        await comptes.GetByLabel("Nom affiché").FillAsync("Nolwenn Contributrice");
        await comptes.GetByLabel("Structure (pour un contributeur)").SelectOptionAsync(structure.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await comptes.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await comptes.GetByRole(AriaRole.Status).Filter(new() { HasText = "Invitation envoyée à nolwenn.contributrice@portrea.test." }).WaitForAsync();

        var lien = await Courriels.AttendreLienAsync(navigateur.BoiteEnvoi, "nolwenn.contributrice@portrea.test");
        var contributrice = await navigateur.OuvrirAsync(lien);
        await contributrice.GetByLabel("Mot de passe (12 caractères au moins)").FillAsync("mot-de-passe-de-nolwenn");
        await contributrice.GetByLabel("Confirmation du mot de passe").FillAsync("mot-de-passe-de-nolwenn");
        await contributrice.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await contributrice.WaitForURLAsync("**/compte");
        await contributrice.GotoAsync($"/lieux/{id}/modifier");
        (await Accessibilite.ViolationsGravesAsync(contributrice)).ShouldBeEmpty();
        await contributrice.GetByLabel("Présentation courte").FillAsync("Atelier numérique animé par Nolwenn");
        await contributrice.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        await contributrice.GetByRole(AriaRole.Status).GetByText("Vos modifications sont enregistrées").WaitForAsync();

        var habitant = await navigateur.OuvrirAsync($"/lieux/{id}");
        await habitant.GetByRole(AriaRole.Link, new() { Name = "Signaler une erreur / proposer une modification" }).ClickAsync();
        await habitant.WaitForURLAsync($"**/lieux/{id}/signaler");
        (await Accessibilite.ViolationsGravesAsync(habitant)).ShouldBeEmpty();
        await habitant.GetByLabel("Téléphone").FillAsync("02 97 33 33 33");
        await habitant.GetByLabel("Message aux référent·es (facultatif)").FillAsync("Le numéro a changé en janvier.");
        await habitant.GetByLabel("Votre adresse électronique (facultatif)").FillAsync("habitant@example.org");
        await habitant.GetByRole(AriaRole.Button, new() { Name = "Envoyer la proposition" }).ClickAsync();
        await habitant.GetByRole(AriaRole.Status).GetByText("Merci, votre proposition est transmise").WaitForAsync();

        var moderation = await navigateur.OuvrirAsync("/moderation", referent);
        (await Accessibilite.ViolationsGravesAsync(moderation)).ShouldBeEmpty();
        var proposition = moderation.Locator("article.proposition").Filter(new() { HasText = "Le numéro a changé en janvier." });
        (await proposition.TextContentAsync())!.ShouldContain("+33297333333");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Tout accepter" }).ClickAsync();
        await moderation.GetByRole(AriaRole.Status).GetByText("acceptée").WaitForAsync();

        var historique = await navigateur.OuvrirAsync($"/lieux/{id}/historique", referent);
        (await Accessibilite.ViolationsGravesAsync(historique)).ShouldBeEmpty();
        var versions = historique.Locator("ol.historique > li");
        var moderee = (await versions.Nth(0).TextContentAsync())!;
        moderee.ShouldContain("Proposition modérée");
        moderee.ShouldContain("+33297333333");
        moderee.ShouldContain($"par {referent.Nom} (référent·e)");
        var editee = (await versions.Nth(1).TextContentAsync())!;
        editee.ShouldContain("Formulaire");
        editee.ShouldContain("Atelier numérique animé par Nolwenn");
        editee.ShouldContain("par Nolwenn Contributrice (contributeur·rice)");
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
