using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class LienConnexionTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task OuvrirLien_DeuxFois_ConnecteLaPremiereFoisSeulement(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();
        using var autre = app.CreateClient();

        (await client.SoumettreAsync("/connexion/lien", new Dictionary<string, string> { ["Email"] = "camille@example.org" })).Dispose();
        var chemin = await LienRecuAsync(app, "camille@example.org");
        using var premiere = await client.SoumettreAsync(chemin, new Dictionary<string, string>());
        using var seconde = await autre.SoumettreAsync(chemin, new Dictionary<string, string>());
        using var compteDeLAutre = await autre.GetAsync("/compte");

        premiere.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/compte");
        WebUtility.HtmlDecode(await seconde.Content.ReadAsStringAsync()).ShouldContain("invalide, expiré ou a déjà servi");
        compteDeLAutre.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
        (await app.AvecBaseAsync(db => db.LiensConnexion.Select(l => l.Empreinte).SingleAsync())).ShouldNotContain(chemin.Split('/')[^1]);
    }

    [Fact]
    public async Task OuvrirLien_ApresSonExpiration_NeConnectePas()
    {
        var horloge = new HorlogeReglable();
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage)
        {
            RemplacerServices = services => services.AddSingleton<TimeProvider>(horloge),
        };
        await app.CreerAdministrateurAsync("camille@example.org");
        using var client = app.CreateClient();
        (await client.SoumettreAsync("/connexion/lien", new Dictionary<string, string> { ["Email"] = "camille@example.org" })).Dispose();
        var chemin = await LienRecuAsync(app, "camille@example.org");

        horloge.Avancer(TimeSpan.FromMinutes(16));
        using var reponse = await client.SoumettreAsync(chemin, new Dictionary<string, string>());
        using var compte = await client.GetAsync("/compte");

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("invalide, expiré ou a déjà servi");
        compte.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/connexion");
    }

    [Fact]
    public async Task DemanderLien_AdresseInconnue_MemeReponseEtAucunMessage()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        using var client = app.CreateClient();

        using var reponse = await client.SoumettreAsync("/connexion/lien", new Dictionary<string, string> { ["Email"] = "personne@example.org" });

        WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()).ShouldContain("Si un compte existe pour cette adresse");
        (await app.AvecBaseAsync(db => db.MessagesSortants.CountAsync())).ShouldBe(0);
    }

    private static Task<string> LienRecuAsync(PortreaApplication app, string email) =>
        Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(app.Base), email);
}
