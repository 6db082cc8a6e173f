using Npgsql;

namespace Portrea.Tests.Infrastructure;

/// <summary>A throw-away database on one engine: a SQLite file in a temporary folder, or a fresh PostgreSQL database.</summary>
public sealed class BaseDeTest : IAsyncDisposable
{
    /// <summary>Base connection string of the PostgreSQL server started by <c>scripts/test.sh</c>.</summary>
    public const string VariablePostgres = "PORTREA_TEST_POSTGRES";

    private readonly string? _nomBasePostgres;

    private BaseDeTest(Moteur moteur, string dossier, string? connexion, string? nomBasePostgres)
    {
        Moteur = moteur;
        DossierDonnees = dossier;
        Connexion = connexion;
        _nomBasePostgres = nomBasePostgres;
    }

    public Moteur Moteur { get; }

    public string DossierDonnees { get; }

    /// <summary>Connection string for PostgreSQL; null for SQLite (the file lives in <see cref="DossierDonnees"/>).</summary>
    public string? Connexion { get; }

    public static async Task<BaseDeTest> CreerAsync(Moteur moteur)
    {
        var dossier = Path.Combine(Path.GetTempPath(), "portrea-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dossier);
        if (moteur == Moteur.Sqlite)
        {
            return new BaseDeTest(moteur, dossier, null, null);
        }

        var serveur = ServeurPostgres();
        var nom = "portrea_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connexion = new NpgsqlConnection(serveur))
        {
            await connexion.OpenAsync();
            await using var commande = new NpgsqlCommand($"CREATE DATABASE {nom}", connexion);
            await commande.ExecuteNonQueryAsync();
        }

        var chaine = new NpgsqlConnectionStringBuilder(serveur) { Database = nom }.ToString();
        return new BaseDeTest(moteur, dossier, chaine, nom);
    }

    /// <summary>Settings that point the web host or the CLI at this database.</summary>
    public IReadOnlyDictionary<string, string?> Parametres()
    {
        var parametres = new Dictionary<string, string?>
        {
            ["Portrea:DataDirectory"] = DossierDonnees,
            ["Portrea:Database:Provider"] = Moteur == Moteur.Postgres ? "postgresql" : "sqlite",
        };
        if (Connexion is not null)
        {
            parametres["ConnectionStrings:Portrea"] = Connexion;
        }

        return parametres;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nomBasePostgres is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connexion = new NpgsqlConnection(ServeurPostgres());
            await connexion.OpenAsync();
            await using var commande = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_nomBasePostgres} WITH (FORCE)", connexion);
            await commande.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DossierDonnees, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection is left for the system's temp cleaner.
        }
    }

    private static string ServeurPostgres() =>
        Environment.GetEnvironmentVariable(VariablePostgres) is { Length: > 0 } valeur
            ? valeur
            : throw new InvalidOperationException(
                $"La variable {VariablePostgres} n'est pas définie : lancez les tests avec « bash scripts/test.sh », "
                + "qui démarre un serveur PostgreSQL local et la renseigne.");
}

public enum Moteur
{
    Sqlite,
    Postgres,
}
