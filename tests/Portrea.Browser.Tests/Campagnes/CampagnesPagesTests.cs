using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Tests.Campagnes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Campagnes;

/// <summary>
/// The campaign journey on a host of its own (no shipped data): its test territory must not change the Bretagne data
/// the other browser tests count. The shared browser of <see cref="Navigateur"/> drives it.
/// </summary>
[Collection(AvecNavigateur.Nom)]
public sealed class CampagnesPagesTests(Navigateur navigateur) : IAsyncLifetime
{
    private BaseDeTest? _base;
    private PortreaApplication? _app;
    private Uri _adresse = null!;

    public async Task InitializeAsync()
    {
        _base = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var port = PortLibre();
        _app = new PortreaApplication(_base, Portrea.Tests.Infrastructure.Comptes.SansAmorcage);
        _app.UseKestrel(port);
        _app.StartServer();
        _adresse = new Uri($"http://127.0.0.1:{port}/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_base is not null)
        {
            await _base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Campagne_LanceeOuverteConfirmeeEtCorrigee_LeTableauDeBordMontreLesDeuxReponses()
    {
        var territoire = await TerritoireCampagne.CreerAsync(_app!, avecAdresse: 3, sansAdresse: 1);
        var administrateur = UtilisateurDeTest.Administrateur("hub-campagnes");
        var liste = await OuvrirAsync("/campagnes", administrateur);
        (await Accessibilite.ViolationsGravesAsync(liste)).ShouldBeEmpty();
        await liste.GetByLabel("Territoire (EPCI)").SelectOptionAsync(territoire.Siren);
        await liste.GetByLabel("Nom (facultatif)").FillAsync("Campagne de printemps");
        // Starting tomorrow, so that the scheduler leaves the launch to the button.
        var demain = DateOnly.FromDateTime(Portrea.Core.Lieux.Horaires.HeureDeParis.Maintenant(TimeProvider.System)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await liste.GetByLabel("Début", new() { Exact = true }).FillAsync(demain);
        await liste.GetByRole(AriaRole.Button, new() { Name = "Créer la campagne" }).ClickAsync();
        await liste.WaitForURLAsync("**/campagnes/*");
        (await liste.Locator(".apercu-courriel").TextContentAsync())!.ShouldContain("(lien personnel, créé à l'envoi)");
        (await liste.Locator("#titre-sans-adresse + p + table").TextContentAsync())!.ShouldContain("Lieu sans adresse 1");
        (await Accessibilite.ViolationsGravesAsync(liste)).ShouldBeEmpty();
        await liste.GetByRole(AriaRole.Button, new() { Name = "Lancer la campagne maintenant" }).ClickAsync();
        await liste.GetByRole(AriaRole.Status).GetByText("La campagne est lancée").WaitForAsync();
        var tableauDeBord = liste.Url;

        // The first contact confirms in one click, from the link of the e-mail in the outbox.
        var premier = await OuvrirAsync(await Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(_base!), territoire.Courriels[0]), null);
        (await Accessibilite.ViolationsGravesAsync(premier)).ShouldBeEmpty();
        await premier.GetByRole(AriaRole.Button, new() { Name = "Rien n'a changé" }).ClickAsync();
        await premier.GetByRole(AriaRole.Status).GetByText("Votre fiche est confirmée").WaitForAsync();

        // The second one corrects the phone number in the sheet's form.
        var second = await OuvrirAsync(await Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(_base!), territoire.Courriels[1]), null);
        await second.GetByLabel("Téléphone", new() { Exact = true }).FillAsync("02 96 12 34 56");
        await second.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes corrections" }).ClickAsync();
        await second.GetByRole(AriaRole.Status).GetByText("Vos corrections sont enregistrées").WaitForAsync();
        (await second.GetByLabel("Téléphone", new() { Exact = true }).InputValueAsync()).ShouldBe("+33296123456");

        var tableau = await OuvrirAsync(new Uri(tableauDeBord).PathAndQuery.Split('?')[0], administrateur);
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

        // The territory's calendar: default dates until activated.
        var calendrier = await OuvrirAsync($"/campagnes/calendriers/{territoire.Siren}", administrateur);
        (await calendrier.GetByLabel("Dates des campagnes (jour/mois, séparées par des virgules)").InputValueAsync()).ShouldBe("1/3, 1/7, 1/11");
        (await Accessibilite.ViolationsGravesAsync(calendrier)).ShouldBeEmpty();
    }

    private async Task<IPage> OuvrirAsync(string chemin, UtilisateurDeTest? utilisateur)
    {
        var contexte = await navigateur.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            BaseURL = _adresse.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ExtraHTTPHeaders = utilisateur is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + await _app!.JetonPourAsync(utilisateur) },
        });
        var page = await contexte.NewPageAsync();
        var reponse = await page.GotoAsync(chemin);
        reponse.ShouldNotBeNull().Status.ShouldBe(200, $"GET {chemin}");
        return page;
    }

    private static int PortLibre()
    {
        using var ecoute = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        ecoute.Start();
        return ((System.Net.IPEndPoint)ecoute.LocalEndpoint).Port;
    }
}
