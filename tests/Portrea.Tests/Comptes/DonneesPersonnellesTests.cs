using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class DonneesPersonnellesTests
{
    [Fact]
    public async Task TelechargerMesDonnees_Connecte_DonneSonCompteSesRolesEtSesJetonsSansSecret()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        var jeton = await app.JetonAsync("camille@example.org");
        using var client = app.CreateClient();
        (await client.ConnecterAsync("camille@example.org")).Dispose();

        using var reponse = await client.GetAsync("/compte?handler=Donnees");
        var texte = await reponse.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(texte).RootElement;

        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        json.GetProperty("email").GetString().ShouldBe("camille@example.org");
        json.GetProperty("roles")[0].GetProperty("role").GetString().ShouldBe(RevendicationsPortrea.RoleAdministrateur);
        json.GetProperty("jetonsApi").GetArrayLength().ShouldBe(1);
        texte.ShouldNotContain(jeton);
        texte.ShouldNotContain("PasswordHash", Case.Insensitive);
    }

    [Fact]
    public async Task TelechargerMesDonnees_Anonyme_RenvoieVersLaConnexion()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        using var client = app.CreateClient();

        using var reponse = await client.GetAsync("/compte?handler=Donnees");

        reponse.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Effacer_ParAdministrateur_SupprimeLeCompteSesJetonsEtSesMessages(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, new Dictionary<string, string?>(Infrastructure.Comptes.SansAmorcage) { ["Portrea:Smtp:IntervalleSecondes"] = "3600" });
        await app.CreerAdministrateurAsync();
        var efface = await app.CreerAsync("dominique@example.org");
        using var clientEfface = await app.ClientAvecJetonAsync("dominique@example.org");
        using var admin = app.CreateClient();
        (await admin.ConnecterAsync("admin@example.org")).Dispose();
        (await admin.SoumettreAsync("/connexion/lien", new Dictionary<string, string> { ["Email"] = "dominique@example.org" })).Dispose();

        using var reponse = await admin.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Effacer&id={efface.Id}");
        using var apres = await clientEfface.GetAsync("/compte?handler=Donnees");

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("Le compte et ses données personnelles ont été effacés.");
        (await app.AvecBaseAsync(db => db.Users.AnyAsync(u => u.Email == "dominique@example.org"))).ShouldBeFalse();
        (await app.AvecBaseAsync(db => db.JetonsApi.CountAsync(j => j.UtilisateurId == efface.Id))).ShouldBe(0);
        (await app.AvecBaseAsync(db => db.LiensConnexion.CountAsync())).ShouldBe(0);
        (await app.AvecBaseAsync(db => db.MessagesSortants.CountAsync(m => m.Destinataire == "dominique@example.org"))).ShouldBe(0);
        apres.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Effacer_ParReferent_EstRefuse()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAsync("referent@example.org", id => AffectationRole.Referent(id, DeuxTerritoires.Lannion));
        var contributeur = await app.CreerAsync("contributeur@example.org", id => AffectationRole.Contributeur(id, territoires.StructureLannion));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var jeton = await client.JetonAntiforgeryAsync("/connexion");
        (await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "referent@example.org",
            ["MotDePasse"] = Infrastructure.Comptes.MotDePasse,
            ["__RequestVerificationToken"] = jeton,
        }))).Dispose();

        using var reponse = await client.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Effacer&id={contributeur.Id}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.AvecBaseAsync(db => db.Users.AnyAsync(u => u.Id == contributeur.Id))).ShouldBeTrue();
    }
}
