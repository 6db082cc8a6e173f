using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class InvitationTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task InviterReferent_ParAdministrateur_LeCourrielArriveEtLeLienCreeLeCompte(Moteur moteur)
    {
        await using var smtp = await ServeurSmtp.DemarrerAsync();
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, new Dictionary<string, string?>(Infrastructure.Comptes.SansAmorcage).Concat(smtp.Reglages).ToDictionary());
        await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAdministrateurAsync();
        using var admin = app.CreateClient();
        (await admin.ConnecterAsync("admin@example.org")).Dispose();

        using var reponse = await admin.SoumettreAsync("/admin/comptes", new Dictionary<string, string>
        {
            ["Email"] = "claude@example.org",
            ["NomAffiche"] = "Claude Le Goff",
            ["Role"] = RevendicationsPortrea.RoleReferent,
            ["EpciSiren"] = DeuxTerritoires.Lannion,
        }, "/admin/comptes?handler=Inviter");
        var message = await Courriels.AttendreAsync(Path.Combine(smtp.Dossier, "maildir"), "claude@example.org");
        var lien = await Courriels.AttendreLienAsync(Path.Combine(smtp.Dossier, "maildir"), "claude@example.org");
        using var invite = app.CreateClient();
        using var acceptation = await invite.SoumettreAsync(lien, new Dictionary<string, string>
        {
            ["MotDePasse"] = "un-mot-de-passe-choisi",
            ["Confirmation"] = "un-mot-de-passe-choisi",
        });
        using var connexion = app.CreateClient();
        using var seConnecter = await connexion.ConnecterAsync("claude@example.org", "un-mot-de-passe-choisi");

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("Invitation envoyée à claude@example.org.");
        message.Subject.ShouldBe("Invitation à rejoindre Portrea");
        message.TextBody.ShouldNotBeNull().ShouldContain("comme référent de Lannion-Trégor Communauté");
        acceptation.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/compte");
        seConnecter.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/compte");
        var principal = await PrincipalAsync(app, "claude@example.org");
        principal.FindAll(RevendicationsPortrea.Epci).Select(c => c.Value).ShouldBe([DeuxTerritoires.Lannion]);
        principal.FindFirstValue(ClaimTypes.Name).ShouldBe("Claude Le Goff");
    }

    [Fact]
    public async Task AccepterInvitation_DeuxiemeFois_EstRefusee()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAdministrateurAsync();
        using var admin = app.CreateClient();
        (await admin.ConnecterAsync("admin@example.org")).Dispose();
        (await admin.SoumettreAsync("/admin/comptes", Invitation("claude@example.org", RevendicationsPortrea.RoleReferent, epci: DeuxTerritoires.Lannion), "/admin/comptes?handler=Inviter")).Dispose();
        var lien = await Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(baseDeTest), "claude@example.org");
        var motDePasse = new Dictionary<string, string> { ["MotDePasse"] = "un-mot-de-passe-choisi", ["Confirmation"] = "un-mot-de-passe-choisi" };
        using var premier = app.CreateClient();
        (await premier.SoumettreAsync(lien, motDePasse)).Dispose();

        using var second = app.CreateClient();
        var page = WebUtility.HtmlDecode(await second.GetStringAsync(lien));

        page.ShouldContain("invalide, expirée ou a déjà été acceptée");
        (await app.AvecBaseAsync(db => db.AffectationsRoles.CountAsync(a => a.Role == RevendicationsPortrea.RoleReferent))).ShouldBe(1);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task InviterContributeur_ParReferent_SeulementPourUneStructureDeSonEpci(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAsync("referent@example.org", id => AffectationRole.Referent(id, DeuxTerritoires.Lannion));
        using var referent = app.CreateClient();
        (await referent.ConnecterAsync("referent@example.org")).Dispose();

        using var autreTerritoire = await referent.SoumettreAsync("/admin/comptes",
            Invitation("dominique@example.org", RevendicationsPortrea.RoleContributeur, structure: territoires.StructureRennes), "/admin/comptes?handler=Inviter");
        using var referentDemande = await referent.SoumettreAsync("/admin/comptes",
            Invitation("dominique@example.org", RevendicationsPortrea.RoleReferent, epci: DeuxTerritoires.Lannion), "/admin/comptes?handler=Inviter");
        using var sonTerritoire = await referent.SoumettreAsync("/admin/comptes",
            Invitation("dominique@example.org", RevendicationsPortrea.RoleContributeur, structure: territoires.StructureLannion), "/admin/comptes?handler=Inviter");
        var page = WebUtility.HtmlDecode(await referent.GetStringAsync("/admin/comptes"));

        WebUtility.HtmlDecode(await autreTerritoire.Content.ReadAsStringAsync()).ShouldContain("Choisissez une structure ayant un lieu sur votre territoire.");
        WebUtility.HtmlDecode(await referentDemande.Content.ReadAsStringAsync()).ShouldContain("Seul un administrateur peut inviter un référent.");
        WebUtility.HtmlDecode(await sonTerritoire.Content.ReadAsStringAsync()).ShouldContain("Invitation envoyée");
        var invitations = await app.AvecBaseAsync(db => db.Invitations.ToListAsync());
        invitations.Select(i => i.StructureId).ShouldBe([territoires.StructureLannion]);
        page.ShouldContain("Espace numérique de Lannion");
        page.ShouldNotContain("Point numérique de Rennes");
    }

    [Fact]
    public async Task OuvrirComptes_Contributeur_EstRefuse()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAsync("contributeur@example.org", id => AffectationRole.Contributeur(id, territoires.StructureLannion));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var connexion = await client.ConnecterAsync("contributeur@example.org");
        using var comptes = await client.GetAsync("/admin/comptes");
        using var import = await client.GetAsync("/admin/import");

        comptes.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        comptes.Headers.Location!.ToString().ShouldContain("/erreur/403");
        import.Headers.Location!.ToString().ShouldContain("/erreur/403");
    }

    [Fact]
    public async Task ListerComptes_Referent_VoitSeulementLesComptesDeSonTerritoire()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAsync("referent@example.org", id => AffectationRole.Referent(id, DeuxTerritoires.Lannion));
        await app.CreerAsync("contributeur-lannion@example.org", id => AffectationRole.Contributeur(id, territoires.StructureLannion));
        await app.CreerAsync("contributeur-rennes@example.org", id => AffectationRole.Contributeur(id, territoires.StructureRennes));
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();
        (await client.ConnecterAsync("referent@example.org")).Dispose();

        var page = await client.GetStringAsync("/admin/comptes");

        page.ShouldContain("contributeur-lannion@example.org");
        page.ShouldNotContain("contributeur-rennes@example.org");
        page.ShouldNotContain("admin@example.org");
    }

    private static Dictionary<string, string> Invitation(string email, string role, string? epci = null, int? structure = null) => new()
    {
        ["Email"] = email,
        ["NomAffiche"] = "",
        ["Role"] = role,
        ["EpciSiren"] = epci ?? "",
        ["StructureId"] = structure?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static async Task<ClaimsPrincipal> PrincipalAsync(PortreaApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var utilisateurs = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var utilisateur = await utilisateurs.FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Utilisateur>>().CreateAsync(utilisateur!);
    }
}
