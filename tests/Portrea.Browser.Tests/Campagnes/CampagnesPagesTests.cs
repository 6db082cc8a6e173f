using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Campagnes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Campagnes;

[Collection(AvecNavigateur.Nom)]
public sealed class CampagnesPagesTests(Navigateur navigateur)
{
    [Fact]
    public async Task Campagne_LanceeOuverteConfirmeeEtCorrigee_LeTableauDeBordMontreLesDeuxReponses()
    {
        var territoire = await TerritoireCampagne.CreerAsync(navigateur.App, avecAdresse: 3, sansAdresse: 1);
        var administrateur = UtilisateurDeTest.Administrateur("hub-campagnes");
        var liste = await navigateur.OuvrirAsync("/campagnes", administrateur);
        (await Accessibilite.ViolationsGravesAsync(liste)).ShouldBeEmpty();
        await liste.GetByLabel("Territoire (EPCI)").SelectOptionAsync(territoire.Siren);
        await liste.GetByLabel("Nom (facultatif)").FillAsync("Campagne de printemps");
        await liste.GetByRole(AriaRole.Button, new() { Name = "Créer la campagne" }).ClickAsync();
        await liste.WaitForURLAsync("**/campagnes/*");
        (await liste.Locator(".apercu-courriel").TextContentAsync())!.ShouldContain("(lien personnel, créé à l'envoi)");
        (await liste.Locator("#titre-sans-adresse + p + table").TextContentAsync())!.ShouldContain("Lieu sans adresse 1");
        (await Accessibilite.ViolationsGravesAsync(liste)).ShouldBeEmpty();
        await liste.GetByRole(AriaRole.Button, new() { Name = "Lancer la campagne maintenant" }).ClickAsync();
        await liste.GetByRole(AriaRole.Status).GetByText("La campagne est lancée").WaitForAsync();
        var tableauDeBord = liste.Url;

        // The first contact confirms in one click, from the link of the e-mail in the outbox.
        var premier = await navigateur.OuvrirAsync(await Courriels.AttendreLienAsync(navigateur.BoiteEnvoi, territoire.Courriels[0]));
        (await Accessibilite.ViolationsGravesAsync(premier)).ShouldBeEmpty();
        await premier.GetByRole(AriaRole.Button, new() { Name = "Rien n'a changé" }).ClickAsync();
        await premier.GetByRole(AriaRole.Status).GetByText("Votre fiche est confirmée").WaitForAsync();

        // The second one corrects the phone number in the sheet's form.
        var second = await navigateur.OuvrirAsync(await Courriels.AttendreLienAsync(navigateur.BoiteEnvoi, territoire.Courriels[1]));
        await second.GetByLabel("Téléphone", new() { Exact = true }).FillAsync("02 96 12 34 56");
        await second.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes corrections" }).ClickAsync();
        await second.GetByRole(AriaRole.Status).GetByText("Vos corrections sont enregistrées").WaitForAsync();
        (await second.GetByLabel("Téléphone", new() { Exact = true }).InputValueAsync()).ShouldBe("+33296123456");

        var tableau = await navigateur.OuvrirAsync(new Uri(tableauDeBord).PathAndQuery.Split('?')[0], administrateur);
        var totaux = tableau.Locator("#totaux-campagne");
        (await totaux.Locator("tr", new() { HasText = "Confirmés sans changement" }).TextContentAsync())!.ShouldContain("1");
        (await totaux.Locator("tr", new() { HasText = "Corrigés" }).TextContentAsync())!.ShouldContain("1");
        (await totaux.Locator("tr", new() { HasText = "Sans réponse" }).TextContentAsync())!.ShouldContain("1");
        (await tableau.Locator("svg.graphique-barres").CountAsync()).ShouldBe(1);
        var parLieu = tableau.Locator("table", new() { HasText = "Suivi par lieu" });
        (await parLieu.Locator("tr", new() { HasText = "Espace numérique 1" }).TextContentAsync())!.ShouldContain("confirmée le");
        (await parLieu.Locator("tr", new() { HasText = "Espace numérique 2" }).TextContentAsync())!.ShouldContain("corrigée le");
        (await Accessibilite.ViolationsGravesAsync(tableau)).ShouldBeEmpty();

        // The third one is on the call list, with its phone numbers; the call is logged.
        await tableau.GetByRole(AriaRole.Link, new() { Name = "Liste d'appels" }).ClickAsync();
        await tableau.WaitForURLAsync("**/appels");
        (await Accessibilite.ViolationsGravesAsync(tableau)).ShouldBeEmpty();
        var ligne = tableau.Locator("tbody tr", new() { HasText = "Espace numérique 3" });
        (await ligne.TextContentAsync())!.ShouldContain("+33299001124");
        await ligne.GetByLabel("Résultat de l'appel").SelectOptionAsync(new SelectOptionValue { Label = "Message laissé" });
        await ligne.GetByRole(AriaRole.Button, new() { Name = "Consigner" }).ClickAsync();
        await tableau.GetByRole(AriaRole.Status).GetByText("L'appel est consigné").WaitForAsync();
        (await tableau.Locator("tbody tr", new() { HasText = "Espace numérique 3" }).TextContentAsync())!.ShouldContain("Message laissé");
    }
}
