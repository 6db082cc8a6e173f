using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Core.Lieux;
using Portrea.Core.Territoires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class ConnexionTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Connecter_MotDePasseCorrect_OuvreMonCompte(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();

        using var reponse = await client.ConnecterAsync("camille@example.org");
        var page = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/compte");
        page.ShouldContain("camille@example.org");
        page.ShouldContain("administrateur");
    }

    [Fact]
    public async Task Connecter_MotDePasseIncorrect_RefuseEnFrancaisSansConnecter()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();

        using var reponse = await client.ConnecterAsync("camille@example.org", "pas-le-bon-mot-de-passe");
        using var compte = await client.GetAsync("/compte");

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("Adresse ou mot de passe incorrect.");
        compte.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
    }

    [Fact]
    public async Task Connecter_CinqEchecs_VerrouilleLeCompteMemeAvecLeBonMotDePasse()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            (await client.ConnecterAsync("camille@example.org", "mauvais-mot-de-passe-" + i)).Dispose();
        }

        using var reponse = await client.ConnecterAsync("camille@example.org");
        using var jeton = await client.PostAsync("/api/v1/auth/jeton", System.Net.Http.Json.JsonContent.Create(new { email = "camille@example.org", motDePasse = Infrastructure.Comptes.MotDePasse }));

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("verrouillé");
        reponse.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
        jeton.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await jeton.Content.ReadAsStringAsync()).ShouldContain("verrouillé");
    }

    [Fact]
    public async Task Connecter_SansJetonAntiforgery_Refuse400()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();

        using var reponse = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "camille@example.org",
            ["MotDePasse"] = Infrastructure.Comptes.MotDePasse,
        }));

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deconnecter_Connecte_FermeLaSession()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();
        (await client.ConnecterAsync("camille@example.org")).Dispose();

        (await client.SoumettreAsync("/deconnexion", new Dictionary<string, string>())).Dispose();
        using var compte = await client.GetAsync("/compte");

        compte.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task CreerRevendications_ReferentEtContributeur_SuiventLeContratDesDroits(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var structureId = await app.AvecBaseAsync(async db =>
        {
            db.Epcis.AddRange(new Epci { Siren = "200069409", Nom = "Lannion-Trégor Communauté", Type = "CA" }, new Epci { Siren = "243500139", Nom = "Rennes Métropole", Type = "METRO" });
            var structure = new Structure { Nom = "Espace numérique" };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            return structure.Id;
        });
        var utilisateur = await app.CreerAsync("dominique@example.org",
            id => AffectationRole.Referent(id, "200069409"), id => AffectationRole.Referent(id, "243500139"), id => AffectationRole.Contributeur(id, structureId));

        ClaimsPrincipal principal = null!;
        await app.AvecServicesAsync(async services =>
            principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<Utilisateur>>().CreateAsync(utilisateur));

        principal.FindFirstValue(ClaimTypes.NameIdentifier).ShouldBe(utilisateur.Id);
        principal.FindAll(ClaimTypes.Name).Select(c => c.Value).ShouldBe(["dominique"]);
        principal.FindFirstValue(ClaimTypes.Email).ShouldBe("dominique@example.org");
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ShouldBe([RevendicationsPortrea.RoleContributeur, RevendicationsPortrea.RoleReferent]);
        principal.FindAll(RevendicationsPortrea.Epci).Select(c => c.Value).Order().ShouldBe(["200069409", "243500139"]);
        principal.FindAll(RevendicationsPortrea.Structure).Select(c => c.Value).ShouldBe([structureId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
