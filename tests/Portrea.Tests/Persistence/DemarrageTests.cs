using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Persistence;

public sealed class DemarrageTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Demarrer_DeuxFoisSurLaMemeBase_NeDupliqueRien(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        (int Communes, int Contours, int Jeux) premier, second;

        await using (var app = new PortreaApplication(baseDeTest))
        {
            premier = await CompterAsync(app);
        }

        await using (var app = new PortreaApplication(baseDeTest))
        {
            second = await CompterAsync(app);
        }

        premier.Communes.ShouldBe(1202);
        premier.Contours.ShouldBe(1 + 4 + 61 + 1202);
        second.ShouldBe(premier);
    }

    [Fact]
    public async Task Demarrer_DeuxInstancesEnMemeTemps_ChargeLesDonneesUneSeuleFois()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Postgres);
        await using var a = new PortreaApplication(baseDeTest);
        await using var b = new PortreaApplication(baseDeTest);

        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        (await CompterAsync(a)).Communes.ShouldBe(1202);
    }

    private static async Task<(int Communes, int Contours, int Jeux)> CompterAsync(PortreaApplication app) =>
        await app.AvecBaseAsync(async db => (
            await db.Communes.CountAsync(),
            await db.Contours.CountAsync(),
            await db.JeuxDeDonnees.CountAsync()));
}
