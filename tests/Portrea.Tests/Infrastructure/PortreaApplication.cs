using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Persistence;

namespace Portrea.Tests.Infrastructure;

/// <summary>The real web host, on a throw-away database; extra settings override the defaults (e.g. to disable seeding).</summary>
public sealed class PortreaApplication(BaseDeTest baseDeTest, IReadOnlyDictionary<string, string?>? reglages = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? remplacements = services;

    public BaseDeTest Base { get; } = baseDeTest;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (cle, valeur) in Base.Parametres())
        {
            builder.UseSetting(cle, valeur);
        }

        foreach (var (cle, valeur) in reglages ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(cle, valeur);
        }

        // Tests sign users in through a header (AuthentificationDeTest); anonymous requests still meet the real
        // cookie scheme's challenge (redirect to the login page, 401 on the API).
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AuthentificationDeTest>(AuthentificationDeTest.Schema, null);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = AuthentificationDeTest.Schema);
        });
        if (remplacements is not null)
        {
            builder.ConfigureTestServices(remplacements);
        }
    }

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext from the host's container.</summary>
    public async Task<T> AvecBaseAsync<T>(Func<PortreaDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortreaDbContext>());
    }

    public async Task AvecServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
