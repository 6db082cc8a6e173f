using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portrea.Core.Courriel;

namespace Portrea.Core.Messagerie;

public static class MessagerieServiceCollectionExtensions
{
    /// <summary>The outbox, its sender (SMTP when <c>Portrea:Smtp:Hote</c> is set, else <c>.eml</c> files) and the background drainer.</summary>
    public static IServiceCollection AddPortreaMessagerie(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OptionsMessagerie>(configuration.GetSection(OptionsMessagerie.Section));
        services.AddScoped<MettreEnBoiteEnvoi>();
        services.AddScoped<IBoiteEnvoi, BoiteEnvoiBase>();
        services.AddScoped<DistribuerMessages>();
        services.AddScoped<ExpediteurSmtp>();
        services.AddScoped<ExpediteurFichiersEml>();
        services.AddScoped<IExpediteurMessages>(sp => sp.GetRequiredService<IOptions<OptionsMessagerie>>().Value.SmtpConfigure
            ? sp.GetRequiredService<ExpediteurSmtp>()
            : sp.GetRequiredService<ExpediteurFichiersEml>());
        services.AddHostedService<DistributeurMessagesService>();
        return services;
    }
}
