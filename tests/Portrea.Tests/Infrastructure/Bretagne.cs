namespace Portrea.Tests.Infrastructure;

/// <summary>
/// One host per engine, started once and shared by every test class of the collection: it migrates an empty database
/// and loads the shipped Bretagne data, exactly as a first start does. Tests here only read; a test that writes
/// builds its own <see cref="PortreaApplication"/>.
/// </summary>
public abstract class Bretagne(Moteur moteur) : IAsyncLifetime
{
    private BaseDeTest? _base;
    private PortreaApplication? _app;

    public PortreaApplication App => _app ?? throw new InvalidOperationException("Fixture non initialisée.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _base = await BaseDeTest.CreerAsync(moteur);
        _app = new PortreaApplication(_base);
        Client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
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

public sealed class BretagneSqlite() : Bretagne(Moteur.Sqlite);

public sealed class BretagnePostgres() : Bretagne(Moteur.Postgres);

[CollectionDefinition(Nom)]
public sealed class SurSqlite : ICollectionFixture<BretagneSqlite>
{
    public const string Nom = "Bretagne sur SQLite";
}

[CollectionDefinition(Nom)]
public sealed class SurPostgres : ICollectionFixture<BretagnePostgres>
{
    public const string Nom = "Bretagne sur PostgreSQL";
}
