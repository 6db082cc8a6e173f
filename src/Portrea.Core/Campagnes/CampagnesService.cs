using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portrea.Core.Campagnes;

/// <summary>Runs <see cref="PlanifierCampagnes"/> on every instance; the database's conditional updates and unique keys keep them apart.</summary>
public sealed class CampagnesService(
    IServiceScopeFactory scopes,
    IOptions<OptionsCampagnes> options,
    TimeProvider horloge,
    ILogger<CampagnesService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var minuterie = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.IntervalleSecondes)), horloge);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PlanifierCampagnes>().ExecuterAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Les campagnes n'ont pas pu être traitées ; nouvel essai au prochain passage.");
            }
        }
        while (await minuterie.WaitForNextTickAsync(stoppingToken));
    }
}
