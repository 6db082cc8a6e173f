using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Demarche;

[Collection(AvecNavigateur.Nom)]
public sealed class DemarchePagesTests(Navigateur navigateur)
{
    private const string Dinan = "200068989";

    [Fact]
    public async Task Deployer_DuContactAuxBadges_PhasesStrategieJourneeEtImpressionSansViolationGrave()
    {
        var page = await navigateur.OuvrirAsync("/demarche", UtilisateurDeTest.Administrateur("pilote-demarche"));
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
        var colonne = page.GetByRole(AriaRole.Region, new() { Name = "Pas encore en contact" });
        await colonne.GetByRole(AriaRole.Link, new() { Name = "CA Dinan Agglomération" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/demarche/epci/{Dinan}");

        // From no phase to contact, then engagement, at today's date (the form's default).
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le changement de phase" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Phase « Contact » enregistrée.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le changement de phase" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Phase « Engagement » enregistrée.").WaitForAsync();
        (await page.GetByRole(AriaRole.Table, new() { Name = "Historique des phases" }).GetByRole(AriaRole.Row).CountAsync()).ShouldBe(3);

        await page.GetByLabel("Réseau d'acteurs").SelectOptionAsync(new SelectOptionValue { Label = "établi" });
        await page.GetByLabel("Gouvernance locale").SelectOptionAsync(new SelectOptionValue { Label = "en construction" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Portrea « réseau »" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la stratégie" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Stratégie et facteurs de maturité enregistrés.").WaitForAsync();
        var strategie = (await page.Locator("#strategie").Locator("..").TextContentAsync())!;
        strategie.ShouldContain("Portrea « réseau » est recommandée");
        strategie.ShouldContain("9 à 14 jours");
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Journée collaborative" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/demarche/epci/{Dinan}/journee");
        var dans10Jours = DateTime.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(dans10Jours);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Lieu (nom de la salle)" }).FillAsync("Salle Duguesclin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la date et le lieu" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Date et lieu enregistrés.").WaitForAsync();
        (await page.GetByRole(AriaRole.Note).Filter(new() { HasText = "au moins 30 jours" }).CountAsync()).ShouldBe(1);

        foreach (var (nom, structure) in new[] { ("Anne Briand", "Mairie de Dinan"), ("Loïc Hamon", "CCAS de Dinan"), ("Maël Guégan", "Mairie de Dinan"), ("Nina Robert", "France services"), ("Paul Le Bihan", "Mission locale") })
        {
            await page.GetByLabel("Nom et prénom").FillAsync(nom);
            await page.GetByLabel("Structure (obligatoire)").FillAsync(structure);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Status).GetByText("Participant ajouté.").WaitForAsync();
        }

        await page.GetByLabel("Salle avec un réseau wifi et un rétroprojecteur").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la liste" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Liste logistique enregistrée.").WaitForAsync();
        (await page.GetByLabel("Salle avec un réseau wifi et un rétroprojecteur").IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Groupe 1 (5 personnes)" }).CountAsync()).ShouldBe(1);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();

        var telechargement = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Étiquettes nominatives des participants (PDF)" }).ClickAsync());

        telechargement.SuggestedFilename.ShouldStartWith($"badges-epci-{Dinan}-");
        var chemin = await telechargement.PathAsync();
        Encoding.ASCII.GetString((await File.ReadAllBytesAsync(chemin))[..5]).ShouldBe("%PDF-");

        // The generated facilitation supports follow the chosen strategy (réseau) and the day just organised.
        await page.GetByRole(AriaRole.Link, new() { Name = "Méthode d'animation", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/demarche/epci/{Dinan}/journee/deroule");
        (await page.GetByRole(AriaRole.Table, new() { Name = "Séquences de la journée (Portrea « réseau »)" }).TextContentAsync())!.ShouldContain("Projet collaboratif « parcours usager »");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Groupe 1 (5 personnes)" }).CountAsync()).ShouldBe(1);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Support d'animation (diaporama)" }).ClickAsync();
        await page.WaitForURLAsync($"**/demarche/epci/{Dinan}/journee/diaporama");
        (await page.GetByRole(AriaRole.Region).Filter(new() { HasText = "diapositive 1 sur 7" }).CountAsync()).ShouldBe(1);
        (await Accessibilite.ViolationsGravesAsync(page)).ShouldBeEmpty();
        await page.Locator("#diapo-1").GetByRole(AriaRole.Link, new() { Name = "Diapositive suivante" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/journee/diaporama#diapo-2");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.closest('section.diapositive')?.id ?? ''")).ShouldBe("diapo-2");
    }
}
