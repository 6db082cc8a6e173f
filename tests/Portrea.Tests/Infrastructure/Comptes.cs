using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;

namespace Portrea.Tests.Infrastructure;

/// <summary>Real accounts for tests: created through Identity, signed in through the real endpoints.</summary>
public static class Comptes
{
    public const string MotDePasse = "mot-de-passe-de-test-42";

    /// <summary>No shipped data, and an outbox drained often so that tests do not wait for mail.</summary>
    public static readonly Dictionary<string, string?> SansAmorcage = new()
    {
        ["Portrea:Database:SeedAtStartup"] = "false",
        ["Portrea:Smtp:IntervalleSecondes"] = "0.2",
    };

    /// <summary>Creates a user with the given role assignments (none = signed-in user without a role).</summary>
    public static async Task<Utilisateur> CreerAsync(this PortreaApplication app, string email, params Func<string, AffectationRole>[] affectations)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var utilisateurs = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var utilisateur = new Utilisateur { UserName = email, Email = email, EmailConfirmed = true, NomAffiche = email.Split('@')[0], CreeLe = DateTime.UtcNow };
        var resultat = await utilisateurs.CreateAsync(utilisateur, MotDePasse);
        resultat.Succeeded.ShouldBeTrue(string.Join(" ", resultat.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
        db.AffectationsRoles.AddRange(affectations.Select(a => a(utilisateur.Id)));
        await db.SaveChangesAsync();
        return utilisateur;
    }

    public static Task<Utilisateur> CreerAdministrateurAsync(this PortreaApplication app, string email = "admin@example.org") =>
        app.CreerAsync(email, AffectationRole.Administrateur);

    /// <summary>Gets a bearer token from <c>POST /api/v1/auth/jeton</c>.</summary>
    public static async Task<string> JetonAsync(this PortreaApplication app, string email, string motDePasse = MotDePasse)
    {
        using var client = app.CreateClient();
        using var reponse = await client.PostAsJsonAsync("/api/v1/auth/jeton", new { email, motDePasse });
        reponse.EnsureSuccessStatusCode();
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jeton").GetString()!;
    }

    /// <summary>A client that sends the user's bearer token.</summary>
    public static async Task<HttpClient> ClientAvecJetonAsync(this PortreaApplication app, string email)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.JetonAsync(email));
        return client;
    }
}
