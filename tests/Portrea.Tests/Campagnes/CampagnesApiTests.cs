using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Campagnes;

[Collection(CampagnesCollection.Nom)]
public sealed class CampagnesApiTests(CampagnesFixture fixture)
{
    [Fact]
    public async Task CreerLancerLire_AdministrateurAvecServeurSmtp_ChaqueContactRecoitSonLienEtLesCompteursSuivent()
    {
        var territoire = await TerritoireCampagne.CreerAsync(fixture.App, avecAdresse: 3, sansAdresse: 1);
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var creation = await client.PostAsJsonAsync("/api/v1/campagnes", new { territoire = territoire.Territoire, nom = "Campagne de printemps", relances = new[] { 10, 20 } });
        creation.StatusCode.ShouldBe(HttpStatusCode.Created, await creation.Content.ReadAsStringAsync());
        var id = (await creation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        creation.Headers.Location!.ToString().ShouldBe($"/api/v1/campagnes/{id}");
        using var lancement = await client.PostAsync($"/api/v1/campagnes/{id}/lancer", null);
        using var secondLancement = await client.PostAsync($"/api/v1/campagnes/{id}/lancer", null);

        lancement.StatusCode.ShouldBe(HttpStatusCode.OK, await lancement.Content.ReadAsStringAsync());
        secondLancement.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var liens = new List<string>();
        foreach (var courriel in territoire.Courriels)
        {
            liens.Add(await fixture.LienAsync(courriel));
        }

        liens.Distinct().Count().ShouldBe(3);
        fixture.Smtp.Messages().Count(m => territoire.Courriels.Contains(m.To.Mailboxes.Single().Address)).ShouldBe(3);
        var recu = fixture.Smtp.Messages().Last(m => m.To.Mailboxes.Single().Address == territoire.Courriels[0]);
        recu.Subject.ShouldStartWith("Votre fiche « Espace numérique 1");
        recu.TextBody.ShouldNotBeNull().ShouldContain("Communauté de test");

        // One contact opens the link and confirms, another corrects the sheet: the counters and the history follow.
        using var anonyme = fixture.App.CreateClient();
        (await anonyme.GetAsync(liens[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var confirmation = await anonyme.SoumettreAsync(liens[0], new Dictionary<string, string> { ["Utilisation"] = "0" }, liens[0] + "?handler=Confirmer"))
        {
            confirmation.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var compteurs = await AttendreCompteursAsync(client, id, c => c.GetProperty("delivres").GetInt32() == 3);
        compteurs.GetProperty("destinataires").GetInt32().ShouldBe(3);
        compteurs.GetProperty("envoyes").GetInt32().ShouldBe(3);
        compteurs.GetProperty("ouverts").GetInt32().ShouldBe(1);
        compteurs.GetProperty("confirmes").GetInt32().ShouldBe(1);
        compteurs.GetProperty("corriges").GetInt32().ShouldBe(0);
        compteurs.GetProperty("sansReponse").GetInt32().ShouldBe(2);
        compteurs.GetProperty("refuses").GetInt32().ShouldBe(0);
        var historique = await fixture.App.AvecBaseAsync(db => db.ModificationsLieux.Where(m => m.LieuId == territoire.Lieux[0]).OrderBy(m => m.Id).Select(m => m.Evenement).ToListAsync());
        historique.ShouldBe([EvenementsLieu.EnvoiCampagne, EvenementsLieu.Ouverture, EvenementsLieu.Confirmation]);
    }

    [Fact]
    public async Task Lancer_AdresseRefuseeParLeServeur_CompteeCommeRefuseeSansNouvelEssai()
    {
        var territoire = await TerritoireCampagne.CreerAsync(fixture.App, avecAdresse: 2, sansAdresse: 0);
        await fixture.App.AvecBaseAsync(db => db.ContactsLieux.Where(c => c.Courriel == territoire.Courriels[0])
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Courriel, CampagnesFixture.AdresseRefusee)));
        var id = await territoire.CreerCampagneAsync(fixture.App);
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var lancement = await client.PostAsync($"/api/v1/campagnes/{id}/lancer", null);

        lancement.StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.LienAsync(territoire.Courriels[1]);
        var compteurs = await AttendreCompteursAsync(client, id, c => c.GetProperty("refuses").GetInt32() == 1);
        compteurs.GetProperty("refuses").GetInt32().ShouldBe(1);
        compteurs.GetProperty("delivres").GetInt32().ShouldBe(1);
        var message = await fixture.App.AvecBaseAsync(db => db.MessagesSortants.SingleAsync(m => m.Destinataire == CampagnesFixture.AdresseRefusee && db.EnvoisCampagnes.Any(e => e.MessageSortantId == m.Id
            && db.DestinatairesCampagnes.Any(d => d.Id == e.DestinataireId && d.CampagneId == id))));
        message.RefuseLe.ShouldNotBeNull();
        message.EnvoyeLe.ShouldBeNull();
        message.DerniereErreur.ShouldNotBeNull().ShouldContain("550");
        message.Tentatives.ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task Creer_VariableInconnueEtTerritoireInconnu_RepondUnProblemeFrancaisSansRienCreer()
    {
        var avant = await fixture.App.AvecBaseAsync(db => db.Campagnes.CountAsync());
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var reponse = await client.PostAsJsonAsync("/api/v1/campagnes", new { territoire = "epci:000000000", modele = "Bonjour {nom_du_lieu}, voici {lien}.", debut = "2026-13-01" });
        using var sansLien = await client.PostAsJsonAsync("/api/v1/campagnes", new { territoire = "commune:35238", modele = "Bonjour {nom_lieu}." });
        using var illisible = await client.PostAsync("/api/v1/campagnes", new StringContent("{pas du json", System.Text.Encoding.UTF8, "application/json"));

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("AAAA-MM-JJ");
        sansLien.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var erreurs = (await sansLien.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        erreurs.GetProperty("territoire")[0].GetString().ShouldNotBeNull().ShouldContain("non pris en charge");
        erreurs.GetProperty("modele")[0].GetString().ShouldNotBeNull().ShouldContain("{lien}");
        illisible.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await illisible.Content.ReadAsStringAsync()).ShouldContain("objet JSON");
        using var inconnue = await client.PostAsJsonAsync("/api/v1/campagnes", new { territoire = "epci:000000000", modele = "Bonjour {nom_du_lieu}, voici {lien}." });
        var detail = (await inconnue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        detail.GetProperty("modele")[0].GetString().ShouldBe(
            "Variable inconnue « {nom_du_lieu} » : les variables possibles sont {nom_lieu}, {adresse}, {commune}, {telephone}, {horaires}, {territoire}, {derniere_confirmation}, {date_fin}, {lien}.");
        detail.GetProperty("territoire")[0].GetString().ShouldBe("Aucun EPCI de SIREN « 000000000 ».");
        (await fixture.App.AvecBaseAsync(db => db.Campagnes.CountAsync())).ShouldBe(avant);
    }

    [Fact]
    public async Task Lire_ReferentDUnAutreEpci_RepondIntrouvable()
    {
        var territoire = await TerritoireCampagne.CreerAsync(fixture.App, avecAdresse: 1);
        var ailleurs = await TerritoireCampagne.CreerAsync(fixture.App, avecAdresse: 1);
        var id = await territoire.CreerCampagneAsync(fixture.App);
        using var autre = fixture.App.ClientPour(UtilisateurDeTest.Referent(ailleurs.Siren, "referent-" + ailleurs.Siren));
        using var sien = fixture.App.ClientPour(UtilisateurDeTest.Referent(territoire.Siren, "referent-" + territoire.Siren));

        using var refus = await autre.GetAsync($"/api/v1/campagnes/{id}");
        using var lecture = await sien.GetAsync($"/api/v1/campagnes/{id}");

        refus.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lecture.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lecture.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statut").GetString().ShouldBe("planifiee");
    }

    private static async Task<JsonElement> AttendreCompteursAsync(HttpClient client, int id, Func<JsonElement, bool> condition)
    {
        var fin = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var compteurs = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/campagnes/{id}")).GetProperty("compteurs");
            if (condition(compteurs) || DateTime.UtcNow > fin)
            {
                return compteurs;
            }

            await Task.Delay(200);
        }
    }
}
