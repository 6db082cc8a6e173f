using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Contributions;
using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Indicateurs.Import;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Portraits;
using Portrea.Core.Territoires.Import;

namespace Portrea.Core.Persistence;

public static class PortreaServiceCollectionExtensions
{
    /// <summary>Registers the database, the importers and the start-up initialisation shared by the web host and the CLI.</summary>
    public static IServiceCollection AddPortreaCore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PortreaOptions.Section).Get<PortreaOptions>() ?? new PortreaOptions();
        services.Configure<PortreaOptions>(configuration.GetSection(PortreaOptions.Section));

        var provider = DatabaseProviderParser.Parse(options.Database.Provider);
        var connectionString = ResolveConnectionString(provider, configuration.GetConnectionString("Portrea"), options);
        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        // Pooled: the options and internal services are built once, not for every request.
        services.AddDbContextPool<PortreaDbContext>(db => Configure(db, provider, connectionString));

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DecoupageAdministratifImporter>();
        services.AddScoped<ContoursImporter>();
        services.AddScoped<IAmorceurDonnees, AmorceurTerritoires>();
        services.AddScoped<ImporterLieux>();
        services.AddScoped<ModifierLieu>();
        services.AddScoped<RestaurerLieu>();
        services.AddScoped<ProposerModification>();
        services.AddScoped<ModererProposition>();
        services.AddScoped<Contributions.Recensement.ImporterRecensement>();
        services.AddScoped<Contributions.DonneesPersonnelles.RechercherPersonne>();
        services.AddScoped<Contributions.DonneesPersonnelles.ExporterDonneesContact>();
        services.AddScoped<Contributions.DonneesPersonnelles.EffacerPersonne>();
        services.AddScoped<IAmorceurDonnees, AmorceurLieux>();
        services.Configure<OptionsIndicateurs>(configuration.GetSection(OptionsIndicateurs.Section));
        services.AddSingleton(_ => RegistreIndicateurs.Integre());
        services.AddSingleton<CacheIndicateurs>();
        services.AddScoped<VariablesImporter>();
        services.AddScoped<CalculerIndicateurs>();
        services.AddScoped<IAmorceurDonnees, AmorceurIndicateurs>();
        services.Configure<OptionsPortraits>(configuration.GetSection(OptionsPortraits.Section));
        services.AddScoped<ChargerPortrait>();
        services.AddScoped<Ressources.GererReseau>();
        services.AddScoped<Ressources.DefinirSocle>();
        services.AddScoped<Ressources.RepondreSocle>();
        services.AddScoped<Ressources.PublierDisponibilite>();
        services.AddScoped<Ressources.ReserverDisponibilite>();
        services.AddScoped<Ressources.AnnulerReservation>();
        services.AddScoped<Ressources.RetirerDisponibilite>();
        services.AddScoped<Ressources.DeclarerContribution>();
        return services;
    }

    private static readonly SignalEcrituresLieux SignalEcritures = new();

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            db.UseNpgsql(connectionString);
        }
        else
        {
            db.UseSqlite(connectionString);
        }

        // Migrations are written by hand (no design-time tooling), so there is no model snapshot to compare with;
        // a test checks instead that the migrated schema matches the model on both engines.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        db.AddInterceptors(SignalEcritures);
    }

    private static string ResolveConnectionString(DatabaseProvider provider, string? configured, PortreaOptions options)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "PostgreSQL est sélectionné mais la chaîne de connexion « ConnectionStrings:Portrea » est vide.");
        }

        Directory.CreateDirectory(options.DataDirectoryFullPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.DataDirectoryFullPath, "portrea.db"),
            DefaultTimeout = 60,
            ForeignKeys = true,
        }.ToString();
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
