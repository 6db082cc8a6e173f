using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portrea.Core.Persistence;

namespace Portrea.Cli;

/// <summary>Builds the same services as the web host, from environment variables, an optional appsettings.json and the global options.</summary>
public static class Hote
{
    public static ServiceProvider Construire(ParseResult commande)
    {
        var surcharges = new Dictionary<string, string?>();
        if (commande.GetValue(OptionsGlobales.DossierDonnees) is { } dossier)
        {
            surcharges["Portrea:DataDirectory"] = dossier;
        }

        if (commande.GetValue(OptionsGlobales.Moteur) is { } moteur)
        {
            surcharges["Portrea:Database:Provider"] = moteur;
        }

        if (commande.GetValue(OptionsGlobales.Connexion) is { } connexion)
        {
            surcharges["ConnectionStrings:Portrea"] = connexion;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(surcharges)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddPortreaCore(configuration);
        return services.BuildServiceProvider();
    }
}
