using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;

namespace Portrea.Tests.Infrastructure;

/// <summary>
/// A user a test acts as: a real account (Identity user and territorial role assignments) is created on first use,
/// and requests carry a real API token, so every test goes through the product's own authentication and claims.
/// </summary>
public sealed record UtilisateurDeTest(string Id, string Nom, IReadOnlyList<string> Roles, IReadOnlyList<string> Epcis, IReadOnlyList<int> Structures)
{
    public static UtilisateurDeTest Administrateur(string id = "admin") => new(id, "Admin Hub", [RevendicationsPortrea.RoleAdministrateur], [], []);

    public static UtilisateurDeTest Referent(string epci, string id = "referent") => new(id, "Référente " + epci, [RevendicationsPortrea.RoleReferent], [epci], []);

    public static UtilisateurDeTest Contributeur(int structure, string id = "contributeur") =>
        new(id, "Contributeur " + structure, [RevendicationsPortrea.RoleContributeur], [], [structure]);

    public static UtilisateurDeTest SansRole(string id = "connecte") => new(id, "Personne connectée", [], [], []);

    /// <summary>One account per distinct description: the same id with other rights is another account.</summary>
    public string Email
    {
        get
        {
            var description = string.Join(';', Id, string.Join(',', Roles), string.Join(',', Epcis), string.Join(',', Structures));
            return $"{Id}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)))[..10]}@tests.portrea.fr";
        }
    }
}

public static class ClientsDeTest
{
    private static readonly ConditionalWeakTable<PortreaApplication, ConcurrentDictionary<string, Lazy<Task<string>>>> Jetons = new();

    /// <summary>A client of <paramref name="app"/> signed in as <paramref name="utilisateur"/> (anonymous when null).</summary>
    public static HttpClient ClientPour(this PortreaApplication app, UtilisateurDeTest? utilisateur)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (utilisateur is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.JetonPourAsync(utilisateur).GetAwaiter().GetResult());
        }

        return client;
    }

    /// <summary>The API token of <paramref name="utilisateur"/>'s account on <paramref name="app"/>, created once.</summary>
    public static Task<string> JetonPourAsync(this PortreaApplication app, UtilisateurDeTest utilisateur) =>
        Jetons.GetValue(app, _ => new()).GetOrAdd(utilisateur.Email, _ => new Lazy<Task<string>>(() => CreerAsync(app, utilisateur))).Value;

    /// <summary>The principal the product builds for <paramref name="utilisateur"/>'s account (the same claims as a sign-in).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this PortreaApplication app, UtilisateurDeTest utilisateur)
    {
        await app.JetonPourAsync(utilisateur);
        await using var scope = app.Services.CreateAsyncScope();
        var compte = await scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>().FindByEmailAsync(utilisateur.Email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Utilisateur>>().CreateAsync(compte!);
    }

    private static async Task<string> CreerAsync(PortreaApplication app, UtilisateurDeTest u)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var utilisateurs = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var db = scope.ServiceProvider.GetRequiredService<PortreaDbContext>();
        var compte = await utilisateurs.FindByEmailAsync(u.Email);
        if (compte is null)
        {
            compte = new Utilisateur { UserName = u.Email, Email = u.Email, EmailConfirmed = true, NomAffiche = u.Nom, CreeLe = DateTime.UtcNow };
            var resultat = await utilisateurs.CreateAsync(compte, Comptes.MotDePasse);
            resultat.Succeeded.ShouldBeTrue(string.Join(" ", resultat.Errors.Select(e => e.Description)));
            foreach (var role in u.Roles)
            {
                if (role == RevendicationsPortrea.RoleAdministrateur)
                {
                    db.AffectationsRoles.Add(AffectationRole.Administrateur(compte.Id));
                }
                else if (role == RevendicationsPortrea.RoleReferent)
                {
                    db.AffectationsRoles.AddRange(u.Epcis.Select(e => AffectationRole.Referent(compte.Id, e)));
                }
                else if (role == RevendicationsPortrea.RoleContributeur)
                {
                    db.AffectationsRoles.AddRange(u.Structures.Select(s => AffectationRole.Contributeur(compte.Id, s)));
                }
            }
        }

        // The token is stored as the sign-in endpoint stores it (hashed); the endpoint itself, rate-limited per
        // address, is covered by the accounts tests.
        var jeton = SecretUsageUnique.Generer();
        db.JetonsApi.Add(new JetonApi
        {
            UtilisateurId = compte.Id,
            Empreinte = SecretUsageUnique.Empreinte(jeton),
            CreeLe = DateTime.UtcNow,
            ExpireLe = DateTime.UtcNow.AddDays(1),
            DerniersCaracteres = jeton[^4..],
        });
        await db.SaveChangesAsync();
        return jeton;
    }
}
