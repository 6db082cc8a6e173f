using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portrea.Core.Campagnes;

public static class CampagnesServiceCollectionExtensions
{
    /// <summary>The campaign use cases and the scheduler that runs on every instance.</summary>
    public static IServiceCollection AddPortreaCampagnes(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OptionsCampagnes>(configuration.GetSection(OptionsCampagnes.Section));
        services.AddScoped<CreerCampagne>();
        services.AddScoped<ModifierModeleCampagne>();
        services.AddScoped<ModifierCalendrier>();
        services.AddScoped<LancerCampagne>();
        services.AddScoped<PlanifierCampagnes>();
        services.AddScoped<RepondreCampagne>();
        services.AddScoped<EnregistrerAppel>();
        services.AddHostedService<CampagnesService>();
        return services;
    }
}
