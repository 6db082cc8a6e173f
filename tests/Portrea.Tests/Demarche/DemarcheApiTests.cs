using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Demarche;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Demarche;

public abstract class DemarcheApiTests(DemarcheFixture fixture)
{
    private const string Rennes = DeuxTerritoires.Rennes;
    private const string Lannion = DeuxTerritoires.Lannion;

    private static DateOnly Aujourdhui => DateOnly.FromDateTime(HeureDeParis.Maintenant(TimeProvider.System));

    private static string Jour(int decalage) => Aujourdhui.AddDays(decalage).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private HttpClient Admin() => fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

    private static Task<HttpResponseMessage> TransitionAsync(HttpClient client, string siren, string vers, string date, string? commentaire = null) =>
        client.PostAsJsonAsync($"/api/v1/demarche/epci/{siren}/transitions", new { vers, date, commentaire });

    private Task<int> TransitionsAsync(string siren) => fixture.App.AvecBaseAsync(db => db.TransitionsPhases.CountAsync(t => t.EpciSiren == siren));

    [Fact]
    public async Task Transitionner_CorpsIllisibleOuSansDroit_RepondUnProblemeEnFrancais()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();
        using var anonyme = fixture.App.CreateClient();
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(Rennes));
        using var illisible = new StringContent("{\"vers\": \"contact\", ", System.Text.Encoding.UTF8, "application/json");

        using var malForme = await admin.PostAsync($"/api/v1/demarche/epci/{Rennes}/transitions", illisible);
        using var sansCompte = await TransitionAsync(anonyme, Rennes, "contact", Jour(-1));
        using var sansDroit = await TransitionAsync(referent, Rennes, "contact", Jour(-1));

        foreach (var (reponse, statut, titre) in new[]
        {
            (malForme, HttpStatusCode.BadRequest, "Requête invalide"),
            (sansCompte, HttpStatusCode.Unauthorized, "Authentification requise"),
            (sansDroit, HttpStatusCode.Forbidden, "Accès refusé"),
        })
        {
            reponse.StatusCode.ShouldBe(statut);
            reponse.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            var probleme = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
            probleme.GetProperty("title").GetString().ShouldBe(titre);
            probleme.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        (await TransitionsAsync(Rennes)).ShouldBe(0);
    }

    [Fact]
    public async Task Transitionner_UnePhaseApresLAutre_EnregistreLaPhaseEtLHistorique()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();

        using (var contact = await TransitionAsync(admin, Rennes, "contact", Jour(-10)))
        {
            contact.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var engagement = await TransitionAsync(admin, Rennes, "engagement", Jour(-3), "Réunion de présentation tenue");

        engagement.StatusCode.ShouldBe(HttpStatusCode.Created);
        var liste = await admin.LireJsonAsync("/api/v1/demarche/epci");
        var rennes = liste.EnumerateArray().Single(e => e.GetProperty("siren").GetString() == Rennes);
        rennes.GetProperty("phase").GetString().ShouldBe("engagement");
        rennes.GetProperty("phaseDepuis").GetString().ShouldBe(Jour(-3));
        rennes.GetProperty("strategie").ValueKind.ShouldBe(JsonValueKind.Null);
        rennes.GetProperty("referents").ValueKind.ShouldBe(JsonValueKind.Array);
        liste.EnumerateArray().Single(e => e.GetProperty("siren").GetString() == Lannion).GetProperty("phase").ValueKind.ShouldBe(JsonValueKind.Null);
        var detail = await admin.LireJsonAsync($"/api/v1/demarche/epci/{Rennes}");
        var historique = detail.GetProperty("transitions").EnumerateArray().ToList();
        historique.Count.ShouldBe(2);
        historique[0].GetProperty("de").GetString().ShouldBe("contact");
        historique[0].GetProperty("vers").GetString().ShouldBe("engagement");
        historique[0].GetProperty("commentaire").GetString().ShouldBe("Réunion de présentation tenue");
        historique[0].GetProperty("auteur").GetString().ShouldBe("Admin Hub");
        historique[1].GetProperty("de").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("engagement", null)]
    [InlineData("exploitation", null)]
    [InlineData("deploiement", "Avec un commentaire on ne saute pas non plus")]
    public async Task Transitionner_SautDePhase_Repond409EnFrancaisEtNEcritRien(string vers, string? commentaire)
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();

        using var reponse = await TransitionAsync(admin, Rennes, vers, Jour(0), commentaire);

        reponse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var probleme = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        probleme.GetProperty("title").GetString().ShouldBe("Changement de phase impossible");
        probleme.GetProperty("detail").GetString()!.ShouldContain("une phase à la fois");
        (await TransitionsAsync(Rennes)).ShouldBe(0);
    }

    [Fact]
    public async Task Transitionner_RetourEnArriere_DemandeUnCommentaire()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();
        (await TransitionAsync(admin, Rennes, "contact", Jour(-5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await TransitionAsync(admin, Rennes, "engagement", Jour(-4))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var sansCommentaire = await TransitionAsync(admin, Rennes, "contact", Jour(-1));
        using var avecCommentaire = await TransitionAsync(admin, Rennes, "contact", Jour(-1), "Élections : la collectivité se repositionnera");

        sansCommentaire.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await sansCommentaire.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("commentaire");
        avecCommentaire.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await TransitionsAsync(Rennes)).ShouldBe(3);
    }

    [Theory]
    [InlineData("contact", "2026-13-45")]
    [InlineData("contact", "07/12/2026")]
    [InlineData("contact", "")]
    [InlineData("inconnue", "2026-01-05")]
    public async Task Transitionner_DateOuPhaseInvalide_Repond400EnFrancais(string vers, string date)
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();

        using var reponse = await TransitionAsync(admin, Rennes, vers, date);

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Requête invalide");
        (await TransitionsAsync(Rennes)).ShouldBe(0);
    }

    [Fact]
    public async Task Transitionner_DateFutureOuAnterieureALaPhase_EstRefusee()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using var admin = Admin();
        (await TransitionAsync(admin, Rennes, "contact", Jour(-2))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var future = await TransitionAsync(admin, Rennes, "engagement", Jour(3));
        using var anterieure = await TransitionAsync(admin, Rennes, "engagement", Jour(-9));
        using var inconnu = await TransitionAsync(admin, "000000000", "contact", Jour(0));

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        anterieure.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        inconnu.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TransitionsAsync(Rennes)).ShouldBe(1);
    }

    [Fact]
    public async Task Lister_Referent_VoitSesEpciAvecLaNatureDesReferentsEtPasLesAutres()
    {
        await fixture.ReinitialiserAsync(Lannion);
        var referente = UtilisateurDeTest.Referent(Lannion, "referente-lannion");
        using var client = fixture.App.ClientPour(referente);
        await fixture.App.AvecServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortreaDbContext>();
            var id = await db.Users.Where(u => u.Email == referente.Email).Select(u => u.Id).SingleAsync();
            (await services.GetRequiredService<QualifierReferent>().QualifierAsync(Lannion, id, NatureReferent.Associatif, CancellationToken.None)).ShouldBeNull();
            (await services.GetRequiredService<QualifierReferent>().QualifierAsync(Rennes, id, NatureReferent.Associatif, CancellationToken.None)).ShouldNotBeNull();
        });

        var liste = await client.LireJsonAsync("/api/v1/demarche/epci");
        using var autre = await client.GetAsync($"/api/v1/demarche/epci/{Rennes}");
        using var transition = await TransitionAsync(client, Lannion, "contact", Jour(0));

        var seul = liste.EnumerateArray().ShouldHaveSingleItem();
        seul.GetProperty("siren").GetString().ShouldBe(Lannion);
        var referent = seul.GetProperty("referents").EnumerateArray().ShouldHaveSingleItem();
        referent.GetProperty("nature").GetString().ShouldBe("associatif");
        seul.GetProperty("binomeComplet").GetBoolean().ShouldBeFalse();
        autre.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        transition.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TransitionsAsync(Lannion)).ShouldBe(0);
    }

    [Fact]
    public async Task Consulter_HorlogeInjectee_SignaleLeRetardAuDelaDeQuatreSemainesDEngagement()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using (var admin = Admin())
        {
            (await TransitionAsync(admin, Rennes, "contact", Jour(-1))).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await TransitionAsync(admin, Rennes, "engagement", Jour(0))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var horloge = new HorlogeReglable();
        await fixture.App.AvecServicesAsync(async services =>
        {
            var consulter = new ConsulterDemarche(services.GetRequiredService<PortreaDbContext>(), services.GetRequiredService<ReferentielDemarche>(), horloge);
            horloge.Avancer(TimeSpan.FromDays(27));
            (await consulter.ConsulterAsync(Rennes, CancellationToken.None))!.Duree!.EnRetard.ShouldBeFalse();
            horloge.Avancer(TimeSpan.FromDays(2));
            var etat = (await consulter.ConsulterAsync(Rennes, CancellationToken.None))!;
            etat.Duree!.EnRetard.ShouldBeTrue();
            etat.Duree.DureeObserveeSemaines.ShouldBe(new Fourchette(2, 4));
        });
    }

    [Fact]
    public async Task PageTerritoire_Anonyme_MontreLaPhaseSansLesCommentairesNiLesNoms()
    {
        await fixture.ReinitialiserAsync(Rennes);
        using (var admin = Admin())
        {
            (await TransitionAsync(admin, Rennes, "contact", Jour(-1), "Note interne confidentielle")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var anonyme = fixture.App.ClientPour(null);
        using var administrateur = Admin();

        var publique = WebUtility.HtmlDecode(await anonyme.GetStringAsync($"/territoires/epci/{Rennes}"));
        var interne = WebUtility.HtmlDecode(await administrateur.GetStringAsync($"/territoires/epci/{Rennes}"));

        publique.ShouldContain("Démarche Portrea dans le territoire");
        publique.ShouldContain("Contact");
        publique.ShouldNotContain("Note interne confidentielle");
        publique.ShouldNotContain("Admin Hub");
        interne.ShouldContain("Note interne confidentielle");
    }

    [Fact]
    public async Task Pages_SelonLeRole_AdministrateurEtReferentDeLEpciSeulement()
    {
        using var admin = Admin();
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(Lannion, "referente-lannion"));

        (await admin.GetAsync("/demarche")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/demarche/epci/{Rennes}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/demarche/tableau-de-bord")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await referente.GetAsync($"/demarche/epci/{Lannion}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await referente.GetAsync($"/demarche/epci/{Lannion}/journee")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await referente.GetAsync($"/demarche/epci/{Lannion}/journee/invitation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await referente.GetAsync($"/demarche/epci/{Rennes}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await referente.GetAsync($"/demarche/epci/{Rennes}/journee")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await referente.GetAsync($"/demarche/epci/{Rennes}/journee/badges.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await referente.GetAsync("/demarche/tableau-de-bord")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await referente.GetAsync("/demarche/tableau-de-bord.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var liste = WebUtility.HtmlDecode(await referente.GetStringAsync("/demarche"));
        liste.ShouldContain("Lannion-Trégor Communauté");
        liste.ShouldNotContain("Rennes Métropole");
    }

    [Fact]
    public async Task ChoisirStrategie_NiveauHorsEchelle_NEcritRien()
    {
        await fixture.ReinitialiserAsync(Lannion);
        await fixture.App.AvecServicesAsync(async services =>
        {
            var choisir = services.GetRequiredService<ChoisirStrategie>();

            var erreurs = await choisir.ChoisirAsync(Lannion, new Dictionary<string, int?> { ["reseau"] = 7 }, "reseau", CancellationToken.None);
            var inconnue = await choisir.ChoisirAsync(Lannion, new Dictionary<string, int?>(), "tout", CancellationToken.None);
            var valide = await choisir.ChoisirAsync(Lannion, new Dictionary<string, int?> { ["reseau"] = 2, ["gouvernance"] = null }, "outil", CancellationToken.None);

            erreurs.ShouldHaveSingleItem().ShouldContain("hors échelle");
            inconnue.ShouldHaveSingleItem().ShouldContain("Stratégie inconnue");
            valide.ShouldBeEmpty();
        });
        var deploiement = await fixture.App.AvecBaseAsync(db => db.DeploiementsEpci.SingleAsync(d => d.EpciSiren == Lannion));
        deploiement.Strategie.ShouldBe("outil");
        deploiement.LireMaturite().ShouldBe(new Dictionary<string, int> { ["reseau"] = 2 });
    }
}

[Collection(DemarcheSurSqlite.Nom)]
public sealed class DemarcheApiSqliteTests(DemarcheSqlite fixture) : DemarcheApiTests(fixture);

[Collection(DemarcheSurPostgres.Nom)]
public sealed class DemarcheApiPostgresTests(DemarchePostgres fixture) : DemarcheApiTests(fixture);
