using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portrea.Core.Messagerie;

/// <summary>Drains the outbox in the background of every instance; the claim in <see cref="DistribuerMessages"/> keeps them apart.</summary>
public sealed class DistributeurMessagesService(
    IServiceScopeFactory scopes,
    IOptions<OptionsMessagerie> options,
    TimeProvider horloge,
    ILogger<DistributeurMessagesService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var minuterie = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.IntervalleSecondes)), horloge);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DistribuerMessages>().DistribuerAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "La boîte d'envoi n'a pas pu être traitée ; nouvel essai au prochain passage.");
            }
        }
        while (await minuterie.WaitForNextTickAsync(stoppingToken));
    }
}
