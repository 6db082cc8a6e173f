using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Comptes;

[Collection(AvecNavigateur.Nom)]
public sealed class ComptesPagesTests(Navigateur navigateur)
{
    [Theory]
    [InlineData("/connexion")]
    [InlineData("/connexion/lien")]
    public async Task Ouvrir_PageDeConnexion_AucuneViolationGraveDAccessibilite(string chemin)
    {
        var page = await navigateur.OuvrirAsync(chemin);

        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task InviterUnReferent_ParLAdministrateur_LeReferentCreeSonCompteEtSeConnecte()
    {
        var admin = await navigateur.OuvrirAsync("/connexion");
        await admin.GetByLabel("Adresse électronique").FillAsync(Navigateur.EmailAdministrateur);
        await admin.GetByLabel("Mot de passe").FillAsync(Navigateur.MotDePasseAdministrateur);
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/compte");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Comptes et invitations" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/comptes");
        (await Accessibilite.ViolationsGravesAsync(admin)).ShouldBeEmpty();

        await admin.GetByLabel("Adresse électronique").FillAsync("referent.lannion@portrea.test");
        await admin.GetByLabel("Nom affiché").FillAsync("Maël Le Referent");
        await admin.GetByLabel("Rôle").SelectOptionAsync(new SelectOptionValue { Label = "Référent d'un EPCI" });
        await admin.GetByLabel("EPCI (pour un référent)").SelectOptionAsync("200065928");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Invitation envoyée à referent.lannion@portrea.test." }).WaitForAsync();

        var lien = await Courriels.AttendreLienAsync(navigateur.BoiteEnvoi, "referent.lannion@portrea.test");
        var invite = await navigateur.OuvrirAsync(lien);
        (await invite.Locator("h1").TextContentAsync()).ShouldBe("Accepter l'invitation");
        (await Accessibilite.ViolationsGravesAsync(invite)).ShouldBeEmpty();
        await invite.GetByLabel("Mot de passe (12 caractères au moins)").FillAsync("mot-de-passe-du-referent");
        await invite.GetByLabel("Confirmation du mot de passe").FillAsync("mot-de-passe-du-referent");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await invite.WaitForURLAsync("**/compte");
        (await invite.Locator("main").TextContentAsync())!.ShouldContain("référent");
        await invite.GotoAsync("/deconnexion");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Me déconnecter" }).ClickAsync();
        await invite.WaitForURLAsync(navigateur.Adresse.ToString());

        var referent = await navigateur.OuvrirAsync("/connexion");
        await referent.GetByLabel("Adresse électronique").FillAsync("referent.lannion@portrea.test");
        await referent.GetByLabel("Mot de passe").FillAsync("mot-de-passe-du-referent");
        await referent.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await referent.WaitForURLAsync("**/compte");
        (await referent.Locator("main").TextContentAsync())!.ShouldContain("Maël Le Referent");
        await referent.GotoAsync("/admin/comptes");
        (await referent.Locator("main").TextContentAsync())!.ShouldContain("référent de CA Lannion-Trégor Communauté");
    }

    [Fact]
    public async Task Importer_FichierInvalide_AfficheLeRapportEtLaProgression()
    {
        var page = await navigateur.OuvrirAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(Navigateur.EmailAdministrateur);
        await page.GetByLabel("Mot de passe").FillAsync(Navigateur.MotDePasseAdministrateur);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/compte");
        await page.GotoAsync("/admin/import");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();

        await page.GetByLabel("Fichier de lieux").SetInputFilesAsync(new FilePayload
        {
            Name = "lieux.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("id,nom,commune,code_postal,adresse,date_maj\nx-1,Médiathèque,Lannion,2230,1 rue,2026-01-01\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider sans importer" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Rapport disponible." }).WaitForAsync(new() { State = WaitForSelectorState.Attached });

        (await page.Locator("#rapport").TextContentAsync())!.ShouldContain("rien n'a été importé");
        (await page.Locator("#rapport table caption").TextContentAsync()).ShouldBe("Erreurs, ligne par ligne");
        (await page.Locator("#progression").IsHiddenAsync()).ShouldBeTrue();
    }
}
