using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

/// <summary>Several instances behind a load balancer: a cookie issued by one is read by another through the key ring in the database.</summary>
public sealed class ProtectionDonneesTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task OuvrirMonCompte_CookieEmisParUneAutreInstance_EstReconnu(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var premiere = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await premiere.CreerAdministrateurAsync("camille@example.org");
        var cookies = new CookieContainer();
        using (var client = premiere.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies)))
        {
            (await client.ConnecterAsync("camille@example.org")).Dispose();
        }

        await using var seconde = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        using var autreInstance = seconde.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var sansCookie = seconde.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var reponse = await autreInstance.GetAsync("/compte");
        using var refus = await sansCookie.GetAsync("/compte");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("camille@example.org");
        refus.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await seconde.AvecBaseAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBe(1);
    }
}
