using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Demarche;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Portraits;
using Portrea.Web.Features.Demarche;

namespace Portrea.Tests.Demarche;

/// <summary>The facilitation method and slides of the collaborative day, generated from the referential and the territory.</summary>
public abstract class SupportsAnimationTests(DemarcheFixture fixture)
{
    private const string Lannion = DeuxTerritoires.Lannion;
    private static readonly ReferentielDemarche Referentiel = ReferentielDemarche.Integre();

    internal static Task PreparerAsync(DemarcheFixture fixture, string? strategie, string? horaires, int participants) => fixture.App.AvecServicesAsync(async s =>
    {
        await fixture.ReinitialiserAsync(Lannion);
        (await s.GetRequiredService<ChoisirStrategie>().ChoisirAsync(Lannion, new Dictionary<string, int?>(), strategie, CancellationToken.None)).ShouldBeEmpty();
        (await s.GetRequiredService<OrganiserJournee>().EnregistrerAsync(Lannion, "2031-03-12", horaires, "Salle du Carré Magique", null, CancellationToken.None)).ShouldBeEmpty();
        var gerer = s.GetRequiredService<GererParticipants>();
        for (var i = 0; i < participants; i++)
        {
            (await gerer.AjouterAsync(Lannion, $"Participante {i}", i % 2 == 0 ? "Mairie de Lannion" : "Association Ti Numérique", null, null, CancellationToken.None)).ShouldBeEmpty();
        }
    });

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("generaliste", "Atelier de remplissage de la base")]
    [InlineData("outil", "Atelier de manipulation de la carte")]
    [InlineData("reseau", "Projet collaboratif « parcours usager »")]
    public async Task Deroule_StrategieChoisie_SequencesHoraireesDeCetteStrategie(string strategie, string sequenceCaracteristique)
    {
        await PreparerAsync(fixture, strategie, "9 h 30 – 16 h 30", 7);
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(Lannion, "referente-lannion"));

        var page = await PageAsync(referente, $"/demarche/epci/{Lannion}/journee/deroule");

        var definition = Referentiel.Strategie(strategie)!;
        page.ShouldContain(sequenceCaracteristique);
        foreach (var sequence in definition.Deroule)
        {
            page.ShouldContain($"<th scope=\"row\">{sequence.Titre}</th>", Case.Sensitive);
        }

        foreach (var autre in Referentiel.Strategies.Where(s => s.Code != strategie).SelectMany(s => s.Deroule).Select(s => s.Titre).Except(definition.Deroule.Select(s => s.Titre)))
        {
            page.ShouldNotContain($"<th scope=\"row\">{autre}</th>", Case.Sensitive);
        }

        var deuxieme = new TimeOnly(9, 30).AddMinutes(definition.Deroule[0].DureeMinutes);
        page.ShouldContain($"<td>{AffichageDemarche.Heure(deuxieme)}</td>");
        page.ShouldContain("Salle du Carré Magique");
        page.ShouldContain("Groupe 2 (3 personnes)");
        page.ShouldContain("Participante 6");
        page.ShouldContain("0 point(s) vérifié(s) sur " + Referentiel.Logistique.Count.ToString(CultureInfo.InvariantCulture));
        page.ShouldNotContain("Aucune stratégie d'action n'est encore choisie");
    }

    [Fact]
    public async Task Deroule_SansStrategieNiHoraires_GeneralisteParDefautAvecAvertissement()
    {
        await PreparerAsync(fixture, null, null, 0);
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(Lannion, "referente-lannion"));

        var page = await PageAsync(referente, $"/demarche/epci/{Lannion}/journee/deroule");

        page.ShouldContain("Aucune stratégie d'action n'est encore choisie");
        page.ShouldContain("Atelier de remplissage de la base");
        page.ShouldNotContain("Atelier de manipulation de la carte");
        page.ShouldContain("début + 30 min");
        page.ShouldContain("Aucun participant inscrit pour l'instant");
    }

    [Fact]
    public async Task Diaporama_ChiffresDuTerritoire_VenantDuPortraitEtNonDisponiblesSinon()
    {
        await PreparerAsync(fixture, "reseau", "9 h – 17 h", 5);
        await fixture.App.AvecBaseAsync(db => db.Communes.Where(c => c.Code == "22113").ExecuteUpdateAsync(c => c.SetProperty(x => x.PopulationMunicipale, 21457)));
        try
        {
            using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

            var lannion = await PageAsync(admin, $"/demarche/epci/{Lannion}/journee/diaporama");
            var rennes = await PageAsync(admin, $"/demarche/epci/{DeuxTerritoires.Rennes}/journee/diaporama");

            lannion.ShouldContain("Journée collaborative Portrea — Lannion-Trégor Communauté");
            lannion.ShouldContain("mercredi 12 mars 2031");
            lannion.ShouldContain($"<dt>Population municipale</dt><dd>{21457.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))}</dd>");
            lannion.ShouldContain("<dt>Personnes à risque estimées</dt><dd>non disponible</dd>");
            lannion.ShouldContain("Projet collaboratif « parcours usager »");
            lannion.ShouldContain("/lieux/{identifiant}/modifier");
            lannion.ShouldContain("/api/v1/recensement/modele");
            lannion.ShouldContain("Participante 4");
            lannion.Split("class=\"diapositive\"").Length.ShouldBe(8);
            rennes.ShouldContain("<dt>Population municipale</dt><dd>non disponible</dd>");
            rennes.ShouldContain("Rennes Métropole en chiffres");
        }
        finally
        {
            await fixture.App.AvecBaseAsync(db => db.Communes.Where(c => c.Code == "22113").ExecuteUpdateAsync(c => c.SetProperty(x => x.PopulationMunicipale, (int?)null)));
        }
    }

    [Fact]
    public async Task Supports_ReferentDUnAutreEpci_Introuvables()
    {
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(Lannion, "referente-lannion"));

        foreach (var url in new[] { "deroule", "diaporama", "deroule.pdf", "diaporama.pdf" })
        {
            using var reponse = await referente.GetAsync($"/demarche/epci/{DeuxTerritoires.Rennes}/journee/{url}");
            reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task PageEpci_SupportsDeLaStrategie_LiensVersLesDocumentsGeneres()
    {
        await PreparerAsync(fixture, "generaliste", null, 0);
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        var page = await PageAsync(admin, $"/demarche/epci/{Lannion}");

        page.ShouldContain($"<a href=\"/demarche/epci/{Lannion}/journee/deroule\">Méthode d'animation</a>");
        page.ShouldContain($"<a href=\"/demarche/epci/{Lannion}/journee/diaporama\">Support d'animation (diaporama)</a>");
        page.ShouldNotContain("à demander au chargé de déploiement");
    }
}

[Collection(DemarcheSurSqlite.Nom)]
public sealed class SupportsAnimationSqliteTests(DemarcheSqlite fixture) : SupportsAnimationTests(fixture);

[Collection(DemarcheSurPostgres.Nom)]
public sealed class SupportsAnimationPostgresTests(DemarchePostgres fixture) : SupportsAnimationTests(fixture);

/// <summary>Printing does not depend on the engine; one engine keeps Chromium runs few.</summary>
[Collection(DemarcheSurSqlite.Nom)]
public sealed class SupportsAnimationPdfTests(DemarcheSqlite fixture)
{
    [Fact]
    public async Task Pdf_DerouleEtDiaporama_TexteDeLaStrategieEtUneDiapositiveParPage()
    {
        await SupportsAnimationTests.PreparerAsync(fixture, "outil", "9 h 30 – 16 h 30", 6);
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(DeuxTerritoires.Lannion, "referente-lannion"));

        using var deroule = await referente.GetAsync($"/demarche/epci/{DeuxTerritoires.Lannion}/journee/deroule.pdf");
        using var diaporama = await referente.GetAsync($"/demarche/epci/{DeuxTerritoires.Lannion}/journee/diaporama.pdf");

        deroule.StatusCode.ShouldBe(HttpStatusCode.OK);
        deroule.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith($"methode-animation-epci-{DeuxTerritoires.Lannion}-");
        var (_, texteDeroule) = await PortraitsPdfTests.LirePdfAsync(await deroule.Content.ReadAsByteArrayAsync());
        var d = PortraitsPdfTests.Normaliser(texteDeroule);
        d.ShouldContain("Méthode d'animation de la journée collaborative : Lannion-Trégor Communauté");
        // Table cells wrap in the printed agenda: single words survive the text extraction.
        d.ShouldContain("bonification");
        d.ShouldContain("manipulation");
        d.ShouldNotContain("parcours usager");
        d.ShouldContain("Participante 5");
        diaporama.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (pages, texteDiaporama) = await PortraitsPdfTests.LirePdfAsync(await diaporama.Content.ReadAsByteArrayAsync());
        pages.ShouldBe(7);
        var p = PortraitsPdfTests.Normaliser(texteDiaporama);
        p.ShouldContain("Portrea, qu'est-ce que c'est ?");
        p.ShouldContain("Lannion-Trégor Communauté en chiffres");
        p.ShouldContain("Cas d'usage de la base");
        p.ShouldContain("Et après la journée ?");
        p.ShouldNotContain("Diapositive suivante");
    }
}
