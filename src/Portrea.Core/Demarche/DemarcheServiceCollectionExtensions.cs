using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portrea.Core.Demarche;

public static class DemarcheServiceCollectionExtensions
{
    /// <summary>The referential (embedded, or the configured file) and the rollout use cases.</summary>
    public static IServiceCollection AddPortreaDemarche(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OptionsDemarche.Section).Get<OptionsDemarche>() ?? new OptionsDemarche();
        services.AddSingleton(_ =>
        {
            if (string.IsNullOrWhiteSpace(options.Referentiel))
            {
                return ReferentielDemarche.Integre();
            }

            using var flux = File.OpenRead(options.Referentiel);
            return ReferentielDemarche.Lire(flux);
        });
        services.AddScoped<ChangerPhase>();
        services.AddScoped<ConsulterDemarche>();
        services.AddScoped<ImporterParticipants>();
        services.AddScoped<ComposerInvitation>();
        services.AddScoped<ConstruireTableauDeBord>();
        services.AddScoped<ConsulterJournee>();
        services.AddScoped<ComposerDeroule>();
        services.AddScoped<ChoisirStrategie>();
        services.AddScoped<QualifierReferent>();
        services.AddScoped<OrganiserJournee>();
        services.AddScoped<GererParticipants>();
        services.AddScoped<EnvoyerInvitations>();
        return services;
    }
}
