using System.Net;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

/// <summary>Every form of the accounts and administration pages refuses a submission without its antiforgery token.</summary>
public sealed class AntiforgeryTests
{
    [Theory]
    [InlineData("/connexion")]
    [InlineData("/connexion/lien")]
    [InlineData("/connexion/lien/un-secret")]
    [InlineData("/deconnexion")]
    [InlineData("/invitation/un-secret")]
    [InlineData("/admin/comptes?handler=Inviter")]
    [InlineData("/admin/comptes?handler=Effacer&id=x")]
    [InlineData("/admin/jetons?handler=Revoquer&id=1")]
    [InlineData("/admin/import")]
    public async Task Soumettre_SansJetonAntiforgery_Refuse400(string action)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync();
        using var client = app.CreateClient();
        (await client.ConnecterAsync("admin@example.org")).Dispose();

        using var reponse = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.org" }));

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
