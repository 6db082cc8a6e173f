using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;
using Spectre.Console;

namespace Portrea.Cli.Commandes;

/// <summary>Runs a command body with a service scope, a progress bar and the French error handling shared by every verb.</summary>
public static class Execution
{
    public const int Succes = 0;
    public const int Rejets = 1;
    public const int FichierIllisible = 2;

    public static async Task<int> LancerAsync(
        ParseResult commande,
        Func<IServiceProvider, IProgress<ProgressionImport>, CancellationToken, Task<int>> corps,
        CancellationToken ct,
        bool silencieux = false,
        bool migrerAvant = true)
    {
        try
        {
            await using var fournisseur = Hote.Construire(commande);
            await using var scope = fournisseur.CreateAsyncScope();
            if (migrerAvant)
            {
                // An import into a new data directory must not fail on a missing table: bring the schema up to date first.
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(migrer: true, amorcer: false, progression: null, ct);
            }

            if (silencieux || Console.IsOutputRedirected)
            {
                return await corps(scope.ServiceProvider, new Progress<ProgressionImport>(), ct);
            }

            return await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async contexte => await corps(scope.ServiceProvider, new BarreProgression(contexte), ct));
        }
        catch (FichierIllisibleException e)
        {
            await Console.Error.WriteLineAsync($"Fichier illisible : {e.Message}");
            return FichierIllisible;
        }
        catch (FileNotFoundException e)
        {
            await Console.Error.WriteLineAsync($"Fichier introuvable : {e.FileName ?? e.Message}");
            return FichierIllisible;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("ConnectionStrings", StringComparison.Ordinal) || e.Message.Contains("moteur", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync(e.Message);
            return Rejets;
        }
    }

    /// <summary>Reports progress synchronously into Spectre's progress context, one bar per import step.</summary>
    private sealed class BarreProgression(ProgressContext contexte) : IProgress<ProgressionImport>
    {
        private readonly Dictionary<string, ProgressTask> _taches = [];

        public void Report(ProgressionImport value)
        {
            if (!_taches.TryGetValue(value.Etape, out var tache))
            {
                tache = contexte.AddTask(Markup.Escape(value.Etape), maxValue: Math.Max(1, value.Total));
                _taches[value.Etape] = tache;
            }

            tache.MaxValue = Math.Max(1, value.Total);
            tache.Value = value.Fait;
        }
    }
}
