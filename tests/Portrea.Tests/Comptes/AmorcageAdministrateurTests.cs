using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portrea.Core.Comptes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed class AmorcageAdministrateurTests
{
    private static Dictionary<string, string?> AvecAdministrateur(string email) => new(Infrastructure.Comptes.SansAmorcage)
    {
        ["Portrea:Admin:Email"] = email,
        ["Portrea:Admin:Password"] = "un-mot-de-passe-assez-long",
    };

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Demarrer_AdministrateurConfigureEtAucunAdministrateur_CreeLeCompteUneSeuleFois(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using (var premier = new PortreaApplication(baseDeTest, AvecAdministrateur("hub@example.org")))
        {
            premier.CreateClient().Dispose();
        }

        await using var second = new PortreaApplication(baseDeTest, AvecAdministrateur("hub@example.org"));
        second.CreateClient().Dispose();

        var comptes = await second.AvecBaseAsync(db => db.Users.Include(u => u.Affectations).ToListAsync());
        comptes.Count.ShouldBe(1);
        comptes[0].Email.ShouldBe("hub@example.org");
        comptes[0].PasswordHash.ShouldNotBeNullOrEmpty();
        comptes[0].PasswordHash!.ShouldNotContain("un-mot-de-passe-assez-long");
        comptes[0].Affectations.Select(a => a.Role).ShouldBe([RevendicationsPortrea.RoleAdministrateur]);
        (await second.JetonAsync("hub@example.org", "un-mot-de-passe-assez-long")).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Demarrer_AdministrateurCree_JournaliseEnFrancaisSansLeMotDePasse()
    {
        var journal = new JournalDeTest();
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, AvecAdministrateur("hub@example.org"))
        {
            RemplacerServices = services => services.AddSingleton<ILoggerProvider>(journal),
        };
        app.CreateClient().Dispose();

        journal.Lignes.ShouldContain(l => l.Contains("Compte administrateur créé pour hub@example.org"));
        journal.Lignes.ShouldNotContain(l => l.Contains("un-mot-de-passe-assez-long"));
    }

    [Fact]
    public async Task Demarrer_UnAdministrateurExisteDeja_NeCreePasLeCompteConfigure()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using (var premier = new PortreaApplication(baseDeTest, AvecAdministrateur("premier@example.org")))
        {
            premier.CreateClient().Dispose();
        }

        await using var second = new PortreaApplication(baseDeTest, AvecAdministrateur("autre@example.org"));
        second.CreateClient().Dispose();

        (await second.AvecBaseAsync(db => db.Users.Select(u => u.Email).ToListAsync())).ShouldBe(["premier@example.org"]);
    }

    [Fact]
    public async Task Demarrer_SansReglageAdministrateur_NeCreeAucunCompte()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        app.CreateClient().Dispose();

        (await app.AvecBaseAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }
}
