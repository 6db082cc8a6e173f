using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portrea.Core.Imports;

namespace Portrea.Core.Persistence;

/// <summary>Applies migrations and loads the shipped data into an empty database, once, even with several instances starting together.</summary>
public sealed class DatabaseInitializer(
    PortreaDbContext db,
    DatabaseSettings settings,
    IEnumerable<IAmorceurDonnees> amorceurs,
    ILogger<DatabaseInitializer> logger)
{
    // Arbitrary constant shared by every instance: the PostgreSQL advisory lock that serialises start-up work.
    private const long CleVerrouInitialisation = 5_302_026_001;

    public async Task InitialiserAsync(bool migrer, bool amorcer, IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await VerrouillerAsync(ct);
            if (migrer)
            {
                await MigrerSousVerrouAsync(ct);
            }

            if (amorcer)
            {
                foreach (var amorceur in amorceurs.OrderBy(a => a.Ordre))
                {
                    if (await amorceur.DoitAmorcerAsync(ct))
                    {
                        logger.LogInformation("Chargement des données livrées : {Nom}", amorceur.Nom);
                        await amorceur.AmorcerAsync(progression, ct);
                    }
                }
            }
        }
        finally
        {
            await DeverrouillerAsync(ct);
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<string>> MigrationsEnAttenteAsync(CancellationToken ct) =>
        [.. await db.Database.GetPendingMigrationsAsync(ct)];

    private async Task MigrerSousVerrouAsync(CancellationToken ct)
    {
        var enAttente = await MigrationsEnAttenteAsync(ct);
        if (enAttente.Count == 0)
        {
            return;
        }

        logger.LogInformation("Application de {Nombre} migration(s) : {Migrations}", enAttente.Count, string.Join(", ", enAttente));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer works; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.MigrateAsync(ct);
    }

    private async Task VerrouillerAsync(CancellationToken ct)
    {
        if (settings.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        // Another instance may be loading the shipped data for minutes: wait for it by polling, since one blocking
        // pg_advisory_lock call would hit the command timeout first.
        while (true)
        {
            await using var command = CreerCommande($"SELECT pg_try_advisory_lock({CleVerrouInitialisation})");
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    private async Task DeverrouillerAsync(CancellationToken ct)
    {
        if (settings.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var command = CreerCommande($"SELECT pg_advisory_unlock({CleVerrouInitialisation})");
        await command.ExecuteNonQueryAsync(ct);
    }

    private DbCommand CreerCommande(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
