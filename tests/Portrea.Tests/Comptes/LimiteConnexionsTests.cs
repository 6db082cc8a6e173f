using System.Net;
using System.Net.Http.Json;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class LimiteConnexionsTests
{
    private static readonly Dictionary<string, string?> TroisParMinute = new(Infrastructure.Comptes.SansAmorcage) { ["Portrea:Comptes:TentativesParMinute"] = "3" };

    [Fact]
    public async Task DemanderJeton_AuDelaDeLaLimite_Refuse429EnFrancais()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, TroisParMinute);
        using var client = app.CreateClient();

        var statuts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var reponse = await client.PostAsJsonAsync("/api/v1/auth/jeton", new { email = "x@example.org", motDePasse = "faux-mot-de-passe" });
            statuts.Add(reponse.StatusCode);
            if (i == 3)
            {
                (await reponse.Content.ReadAsStringAsync()).ShouldContain("Trop de tentatives");
            }
        }

        statuts.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Connecter_AuDelaDeLaLimite_Refuse429AvecUnePageFrancaise()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, TroisParMinute);
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            (await client.ConnecterAsync("x@example.org", "faux-mot-de-passe")).Dispose();
        }

        (await client.SoumettreAsync("/connexion/lien", new Dictionary<string, string> { ["Email"] = "x@example.org" })).Dispose();
        using var refusee = await client.ConnecterAsync("x@example.org", "faux-mot-de-passe");
        using var page = await client.GetAsync("/connexion");

        refusee.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        WebUtility.HtmlDecode(await refusee.Content.ReadAsStringAsync()).ShouldContain("patientez une minute");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
