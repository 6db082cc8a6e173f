using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Messagerie;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Messagerie;

public sealed class DistribuerMessagesTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Distribuer_DeuxInstancesEnMemeTemps_EnvoientChaqueMessageUneSeuleFois(Moteur moteur)
    {
        await using var smtp = await ServeurSmtp.DemarrerAsync();
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        // The background drainers stay out of the way (one look an hour), so the two drainers below really compete.
        var reglages = new Dictionary<string, string?>(Infrastructure.Comptes.SansAmorcage) { ["Portrea:Smtp:IntervalleSecondes"] = "3600" }
            .Concat(smtp.Reglages).ToDictionary();
        await using var premiere = new PortreaApplication(baseDeTest, reglages);
        await using var seconde = new PortreaApplication(baseDeTest, reglages);
        premiere.CreateClient().Dispose();
        seconde.CreateClient().Dispose();
        await Task.Delay(500);
        await premiere.AvecServicesAsync(async services =>
        {
            var boite = services.GetRequiredService<MettreEnBoiteEnvoi>();
            for (var i = 0; i < 20; i++)
            {
                boite.Ajouter($"personne{i}@example.org", $"Message {i}", "Bonjour.");
            }

            await services.GetRequiredService<Portrea.Core.Persistence.PortreaDbContext>().SaveChangesAsync();
        });

        var envois = await Task.WhenAll(DistribuerAsync(premiere), DistribuerAsync(seconde), DistribuerAsync(premiere), DistribuerAsync(seconde));

        envois.Sum().ShouldBe(20);
        var recus = smtp.Messages();
        recus.Count.ShouldBe(20);
        recus.Select(m => m.Subject).Distinct().Count().ShouldBe(20);
        var stockes = await premiere.AvecBaseAsync(db => db.MessagesSortants.ToListAsync());
        stockes.ShouldAllBe(m => m.EnvoyeLe != null && m.Tentatives == 1 && m.Corps == DistribuerMessages.CorpsEfface);
    }

    [Fact]
    public async Task Distribuer_SansServeurSmtp_EcritUnFichierEmlParMessage()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        await app.AvecServicesAsync(async services =>
        {
            services.GetRequiredService<MettreEnBoiteEnvoi>().Ajouter("camille@example.org", "Bienvenue", "Bonjour Camille, voici https://portrea.example.org/x.");
            await services.GetRequiredService<Portrea.Core.Persistence.PortreaDbContext>().SaveChangesAsync();
        });

        var message = await Courriels.AttendreAsync(Courriels.BoiteEnvoi(baseDeTest), "camille@example.org");

        message.Subject.ShouldBe("Bienvenue");
        message.TextBody.ShouldNotBeNull().ShouldContain("Bonjour Camille");
    }

    [Fact]
    public async Task Distribuer_ServeurSmtpInjoignable_GardeLeMessageAvecSonErreur()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, new Dictionary<string, string?>(Infrastructure.Comptes.SansAmorcage)
        {
            ["Portrea:Smtp:IntervalleSecondes"] = "3600",
            ["Portrea:Smtp:Hote"] = "127.0.0.1",
            ["Portrea:Smtp:Port"] = "1",
        });
        app.CreateClient().Dispose();
        await app.AvecServicesAsync(async services =>
        {
            services.GetRequiredService<MettreEnBoiteEnvoi>().Ajouter("camille@example.org", "Bienvenue", "Bonjour.");
            await services.GetRequiredService<Portrea.Core.Persistence.PortreaDbContext>().SaveChangesAsync();
        });

        var envoyes = await DistribuerAsync(app);
        var message = await app.AvecBaseAsync(db => db.MessagesSortants.SingleAsync());

        envoyes.ShouldBe(0);
        message.EnvoyeLe.ShouldBeNull();
        message.Tentatives.ShouldBe(1);
        message.DerniereErreur.ShouldNotBeNullOrEmpty();
        message.ReserveJusquA.ShouldBeNull();
    }

    private static async Task<int> DistribuerAsync(PortreaApplication app)
    {
        var total = 0;
        await app.AvecServicesAsync(async services => total = await services.GetRequiredService<DistribuerMessages>().DistribuerAsync(default));
        return total;
    }
}
