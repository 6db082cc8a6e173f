using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public abstract class ModerationTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Proposer_Anonyme_Renvoie202EtLaPropositionAttendLaModeration()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(null);

        using var reponse = await ProposerAsync(client, lieu.Identifiant, new { telephone = "02 99 44 44 44", nom = "Nom corrigé" }, "Le numéro a changé", "habitant@example.org");

        reponse.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await reponse.JsonAsync()).GetProperty("id").GetInt32();
        var proposition = await fixture.App.AvecBaseAsync(db => db.Propositions.SingleAsync(p => p.Id == id));
        proposition.Statut.ShouldBe(StatutModeration.AModerer);
        proposition.LireChamps().ShouldBe(new Dictionary<string, string?> { ["nom"] = "Nom corrigé", ["telephone"] = "+33299444444" }, ignoreOrder: true);
        proposition.AuteurId.ShouldBeNull();
        proposition.Role.ShouldBe("public");
        proposition.Courriel.ShouldBe("habitant@example.org");
        proposition.EpciSiren.ShouldBe(fixture.EpciRennes);
    }

    [Fact]
    public async Task Proposer_ValeursInvalides_Renvoie400AvecUnMessageFrancaisParChamp()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(null);

        using var reponse = await ProposerAsync(client, lieu.Identifiant, new { telephone = "12", couleur = "bleu" }, null, "pas-une-adresse");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var erreurs = (await reponse.JsonAsync()).GetProperty("errors");
        erreurs.GetProperty("email")[0].GetString()!.ShouldContain("adresse électronique");
        erreurs.GetProperty("champs.couleur")[0].GetString()!.ShouldContain("Champ inconnu");
        using var seulTelephone = await ProposerAsync(client, lieu.Identifiant, new { telephone = "12" }, null, null);
        (await seulTelephone.JsonAsync()).GetProperty("errors").GetProperty("champs.telephone")[0].GetString()!.ShouldContain("format international");
    }

    [Fact]
    public async Task Proposer_AuDelaDeLaLimite_Renvoie429EnFrancais()
    {
        var lieu = await fixture.CreerLieuAsync();
        await using var app = fixture.App.WithWebHostBuilder(b => b.UseSetting("Portrea:Contributions:PropositionsParHeure", "2"));
        using var client = app.CreateClient();

        var statuts = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var reponse = await ProposerAsync(client, lieu.Identifiant, new { nom = $"Nom {i}" }, null, null);
            statuts.Add(reponse.StatusCode);
            if (reponse.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (await reponse.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("Trop de propositions");
            }
        }

        statuts.ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Decider_AccepterTout_PublieAvecLaSourceModerationEtPrevientLAuteur()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { telephone = "0299333333", presentationResume = "Ateliers le mardi" }, "courriel-accepte@example.org");
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes, "ref-rennes"));

        using var reponse = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter" });
        var historique = await referent.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{lieu.Identifiant}/historique");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reponse.JsonAsync()).GetProperty("statut").GetString().ShouldBe("acceptee");
        var entree = historique.GetProperty("modifications")[0];
        entree.GetProperty("source").GetString().ShouldBe("moderation");
        entree.GetProperty("propositionId").GetInt32().ShouldBe(id);
        entree.GetProperty("changements").GetArrayLength().ShouldBe(2);
        (await referent.LireFicheAsync(lieu.Identifiant)).Fiche["telephone"]!.GetValue<string>().ShouldBe("+33299333333");
        var message = await fixture.CourrielAsync("courriel-accepte@example.org");
        (message.Subject ?? "").ShouldContain("acceptée");
    }

    [Fact]
    public async Task Decider_AccepterUnePartie_NePublieQueCesChampsEtMarquePartiellementAcceptee()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { telephone = "0299333333", nom = "Nom refusé" }, "partiel@example.org");
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var reponse = await admin.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter", champs = new[] { "telephone" } });

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reponse.JsonAsync()).GetProperty("statut").GetString().ShouldBe("partiellement_acceptee");
        var (fiche, _) = await admin.LireFicheAsync(lieu.Identifiant);
        fiche["telephone"]!.GetValue<string>().ShouldBe("+33299333333");
        fiche["nom"]!.GetValue<string>().ShouldBe(lieu.Nom);
        ((await fixture.CourrielAsync("partiel@example.org")).TextBody ?? "").ShouldContain("Téléphone");
    }

    [Fact]
    public async Task Decider_Refuser_ExigeUnMotifPuisPrevientLAuteur()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { nom = "Nom farfelu" }, "refus@example.org");
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));

        using var sansMotif = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "refuser" });
        using var avecMotif = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "refuser", motif = "Le nom officiel est inchangé." });
        using var deuxFois = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter" });

        sansMotif.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        avecMotif.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await avecMotif.JsonAsync()).GetProperty("statut").GetString().ShouldBe("refusee");
        deuxFois.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await referent.LireFicheAsync(lieu.Identifiant)).Fiche["nom"]!.GetValue<string>().ShouldBe(lieu.Nom);
        ((await fixture.CourrielAsync("refus@example.org")).TextBody ?? "").ShouldContain("Le nom officiel est inchangé.");
    }

    [Fact]
    public async Task Moderer_ReferentDUnAutreEpci_NeVoitNiNeDecideLesPropositionsDuTerritoire()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { nom = "Nom proposé ailleurs" }, null);
        using var autre = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc, "ref-sb"));
        using var contributeur = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(lieu.StructureId!.Value));
        using var anonyme = fixture.App.ClientPour(null);

        using var decision = await autre.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter" });
        using var liste = await autre.GetAsync($"/api/v1/moderation?epci={fixture.EpciRennes}");
        var sienne = await autre.GetFromJsonAsync<JsonElement>("/api/v1/moderation");
        using var parContributeur = await contributeur.GetAsync("/api/v1/moderation");
        using var parAnonyme = await anonyme.GetAsync("/api/v1/moderation");

        decision.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        liste.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        sienne.GetProperty("propositions").EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetInt32() == id);
        parContributeur.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        parAnonyme.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.App.AvecBaseAsync(db => db.Propositions.SingleAsync(p => p.Id == id))).Statut.ShouldBe(StatutModeration.AModerer);
    }

    [Fact]
    public async Task Lister_Referent_MontreLaDifferenceChampParChampEtLesCompteurs()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { telephone = "0299121212" }, null);
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));

        var file = await referent.GetFromJsonAsync<JsonElement>($"/api/v1/moderation?epci={fixture.EpciRennes}&statut=a_moderer");

        file.GetProperty("compteurs").GetProperty("a_moderer").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var proposition = file.GetProperty("propositions").EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id);
        proposition.GetProperty("nomLieu").GetString().ShouldBe(lieu.Nom);
        var champ = proposition.GetProperty("champs").EnumerateArray().ShouldHaveSingleItem();
        champ.GetProperty("libelle").GetString().ShouldBe("Téléphone");
        champ.GetProperty("valeurActuelle").GetString().ShouldBe("+33299000000");
        champ.GetProperty("valeurProposee").GetString().ShouldBe("+33299121212");
        champ.GetProperty("modifieDepuis").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Decider_FicheModifieeDepuisLaProposition_Renvoie409AvecLesDeuxValeursPuisAccepteSurLaVersionActuelle()
    {
        var lieu = await fixture.CreerLieuAsync();
        var id = await ProposerAsync(lieu.Identifiant, new { telephone = "0299555555" }, null);
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        var (fiche, etag) = await referent.LireFicheAsync(lieu.Identifiant);
        fiche["telephone"] = "0299666666";
        (await referent.EcrireFicheAsync(lieu.Identifiant, fiche, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var conflit = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter" });
        var probleme = await conflit.JsonAsync();
        var versionActuelle = probleme.GetProperty("versionActuelle").GetInt32();
        using var accepte = await referent.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter", version = versionActuelle });

        conflit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var modification = probleme.GetProperty("modifications").EnumerateArray().ShouldHaveSingleItem();
        modification.GetProperty("valeurActuelle").GetString().ShouldBe("+33299666666");
        modification.GetProperty("valeurProposee").GetString().ShouldBe("+33299555555");
        accepte.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await referent.LireFicheAsync(lieu.Identifiant)).Fiche["telephone"]!.GetValue<string>().ShouldBe("+33299555555");
    }

    private async Task<int> ProposerAsync(string identifiant, object champs, string? email)
    {
        using var client = fixture.App.ClientPour(null);
        using var reponse = await ProposerAsync(client, identifiant, champs, "Vu sur place", email);
        reponse.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await reponse.JsonAsync()).GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> ProposerAsync(HttpClient client, string identifiant, object champs, string? message, string? email) =>
        client.PostAsJsonAsync($"/api/v1/lieux/{identifiant}/propositions", new { champs, message, email });
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class ModerationSqliteTests(ContributionsSqlite fixture) : ModerationTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class ModerationPostgresTests(ContributionsPostgres fixture) : ModerationTests(fixture);
