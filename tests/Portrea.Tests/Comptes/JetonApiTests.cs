using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Core.Lieux;
using Portrea.Core.Territoires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class JetonApiTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Revoquer_JetonPresente_LeJetonNOuvrePlusLApi(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = await app.ClientAvecJetonAsync("admin@example.org");

        using var avant = await client.PostAsync("/api/v1/import/lieux?simulation=true", CsvVide());
        using var revocation = await client.DeleteAsync("/api/v1/auth/jeton");
        using var apres = await client.PostAsync("/api/v1/import/lieux?simulation=true", CsvVide());

        avant.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        avant.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        revocation.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        apres.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.AvecBaseAsync(db => db.JetonsApi.SingleAsync())).RevoqueLe.ShouldNotBeNull();
    }

    [Fact]
    public async Task Delivrer_MotDePasseCorrect_StockeSeulementLEmpreinte()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();

        var jeton = await app.JetonAsync("admin@example.org");
        var stocke = await app.AvecBaseAsync(db => db.JetonsApi.SingleAsync());

        jeton.Length.ShouldBeGreaterThanOrEqualTo(40);
        stocke.Empreinte.ShouldBe(SecretUsageUnique.Empreinte(jeton));
        stocke.Empreinte.ShouldNotContain(jeton);
    }

    [Fact]
    public async Task Delivrer_MotDePasseIncorrect_Refuse401()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();

        using var reponse = await client.PostAsJsonAsync("/api/v1/auth/jeton", new { email = "admin@example.org", motDePasse = "faux-mot-de-passe" });

        reponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("Adresse ou mot de passe incorrect.");
    }

    [Fact]
    public async Task UtiliserJeton_ApresSonExpiration_Refuse401()
    {
        var horloge = new HorlogeReglable();
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage)
        {
            RemplacerServices = services => services.AddSingleton<TimeProvider>(horloge),
        };
        await app.CreerAdministrateurAsync();
        using var client = await app.ClientAvecJetonAsync("admin@example.org");

        horloge.Avancer(TimeSpan.FromDays(31));
        using var reponse = await client.PostAsync("/api/v1/import/lieux?simulation=true", CsvVide());

        reponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Importer_SelonLeRole_SeulLAdministrateurPasse(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var structureId = await app.AvecBaseAsync(async db =>
        {
            db.Epcis.Add(new Epci { Siren = "200069409", Nom = "Lannion-Trégor Communauté", Type = "CA" });
            var structure = new Structure { Nom = "Espace numérique" };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            return structure.Id;
        });
        await app.CreerAdministrateurAsync();
        await app.CreerAsync("referent@example.org", id => AffectationRole.Referent(id, "200069409"));
        await app.CreerAsync("contributeur@example.org", id => AffectationRole.Contributeur(id, structureId));
        await app.CreerAsync("sans-role@example.org");

        async Task<HttpStatusCode> StatutAsync(string? email)
        {
            using var client = email is null ? app.CreateClient() : await app.ClientAvecJetonAsync(email);
            using var reponse = await client.PostAsync("/api/v1/import/lieux?simulation=true", CsvVide());
            return reponse.StatusCode;
        }

        (await StatutAsync(null)).ShouldBe(HttpStatusCode.Unauthorized);
        (await StatutAsync("sans-role@example.org")).ShouldBe(HttpStatusCode.Forbidden);
        (await StatutAsync("contributeur@example.org")).ShouldBe(HttpStatusCode.Forbidden);
        (await StatutAsync("referent@example.org")).ShouldBe(HttpStatusCode.Forbidden);
        (await StatutAsync("admin@example.org")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Importer_CookieDeContributeur_Refuse403()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAsync("sans-role@example.org");
        using var client = app.CreateClient();
        (await client.ConnecterAsync("sans-role@example.org")).Dispose();

        using var reponse = await client.PostAsync("/api/v1/import/lieux?simulation=true", CsvVide());

        reponse.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("droits nécessaires");
    }

    private static ByteArrayContent CsvVide()
    {
        var contenu = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(string.Join(',', ColonnesV1) + "\n"));
        contenu.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return contenu;
    }

    private static readonly string[] ColonnesV1 = ["id", "nom", "commune", "code_postal", "adresse", "date_maj"];
}
