using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Demarche;

/// <summary>One host per engine with two EPCIs (Lannion, Rennes) and no shipped data; each test resets the EPCI it uses.</summary>
public abstract class DemarcheFixture(Moteur moteur) : IAsyncLifetime
{
    private BaseDeTest? _base;
    private PortreaApplication? _app;

    public PortreaApplication App => _app ?? throw new InvalidOperationException("Fixture non initialisée.");

    public DeuxTerritoires Territoires { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _base = await BaseDeTest.CreerAsync(moteur);
        _app = new PortreaApplication(_base, Infrastructure.Comptes.SansAmorcage);
        _app.CreateClient().Dispose();
        Territoires = await App.AvecBaseAsync(DeuxTerritoires.CreerAsync);
    }

    /// <summary>Forgets everything about the rollout in <paramref name="siren"/>.</summary>
    public Task ReinitialiserAsync(string siren) => App.AvecBaseAsync(async db =>
    {
        await db.TransitionsPhases.Where(t => t.EpciSiren == siren).ExecuteDeleteAsync();
        await db.DeploiementsEpci.Where(d => d.EpciSiren == siren).ExecuteDeleteAsync();
        await db.ParticipantsJournees.Where(p => p.EpciSiren == siren).ExecuteDeleteAsync();
        await db.JourneesCollaboratives.Where(j => j.EpciSiren == siren).ExecuteDeleteAsync();
        return await db.NaturesReferents.Where(n => n.EpciSiren == siren).ExecuteDeleteAsync();
    });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_base is not null)
        {
            await _base.DisposeAsync();
        }
    }
}

public sealed class DemarcheSqlite() : DemarcheFixture(Moteur.Sqlite);

public sealed class DemarchePostgres() : DemarcheFixture(Moteur.Postgres);

[CollectionDefinition(Nom)]
public sealed class DemarcheSurSqlite : ICollectionFixture<DemarcheSqlite>
{
    public const string Nom = "Démarche sur SQLite";
}

[CollectionDefinition(Nom)]
public sealed class DemarcheSurPostgres : ICollectionFixture<DemarchePostgres>
{
    public const string Nom = "Démarche sur PostgreSQL";
}
