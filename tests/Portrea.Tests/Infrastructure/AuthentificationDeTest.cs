using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portrea.Core.Comptes;

namespace Portrea.Tests.Infrastructure;

/// <summary>
/// Test-only sign-in: a request carrying <see cref="Entete"/> is authenticated with the claims it describes, exactly as
/// the accounts' cookie or bearer token would carry them (claims contract). Registered by <see cref="PortreaApplication"/>
/// only; the product has no such path.
/// </summary>
public sealed class AuthentificationDeTest(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "Test";
    public const string Entete = "X-Portrea-Test-Utilisateur";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Entete, out var valeur) || UtilisateurDeTest.Lire(valeur.ToString()) is not { } utilisateur)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = utilisateur.Principal(Schema);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Schema)));
    }
}

/// <summary>A signed-in user for tests, written into and read from the test header.</summary>
public sealed record UtilisateurDeTest(string Id, string Nom, IReadOnlyList<string> Roles, IReadOnlyList<string> Epcis, IReadOnlyList<int> Structures)
{
    public static UtilisateurDeTest Administrateur(string id = "admin") => new(id, "Admin Hub", [RevendicationsPortrea.RoleAdministrateur], [], []);

    public static UtilisateurDeTest Referent(string epci, string id = "referent") => new(id, "Référente " + epci, [RevendicationsPortrea.RoleReferent], [epci], []);

    public static UtilisateurDeTest Contributeur(int structure, string id = "contributeur") =>
        new(id, "Contributeur " + structure, [RevendicationsPortrea.RoleContributeur], [], [structure]);

    public static UtilisateurDeTest SansRole(string id = "connecte") => new(id, "Personne connectée", [], [], []);

    public string VersEntete() =>
        string.Join(';', $"id={Id}", $"nom={Uri.EscapeDataString(Nom)}", $"roles={string.Join(',', Roles)}", $"epci={string.Join(',', Epcis)}", $"structures={string.Join(',', Structures)}");

    public static UtilisateurDeTest? Lire(string entete)
    {
        var parties = entete.Split(';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parties.TryGetValue("id", out var id) || id.Length == 0)
        {
            return null;
        }

        string[] Liste(string cle) => parties.TryGetValue(cle, out var v) ? v.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        return new UtilisateurDeTest(id, Uri.UnescapeDataString(parties.GetValueOrDefault("nom", id)), Liste("roles"), Liste("epci"), [.. Liste("structures").Select(int.Parse)]);
    }

    public ClaimsPrincipal Principal(string schema = Schema)
    {
        var revendications = new List<Claim> { new(ClaimTypes.NameIdentifier, Id), new(ClaimTypes.Name, Nom) };
        revendications.AddRange(Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        revendications.AddRange(Epcis.Select(e => new Claim(RevendicationsPortrea.Epci, e)));
        revendications.AddRange(Structures.Select(s => new Claim(RevendicationsPortrea.Structure, s.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(revendications, schema));
    }

    private const string Schema = AuthentificationDeTest.Schema;
}

public static class ClientsDeTest
{
    /// <summary>A client of <paramref name="app"/> signed in as <paramref name="utilisateur"/> (anonymous when null).</summary>
    public static HttpClient ClientPour(this PortreaApplication app, UtilisateurDeTest? utilisateur)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (utilisateur is not null)
        {
            client.DefaultRequestHeaders.Add(AuthentificationDeTest.Entete, utilisateur.VersEntete());
        }

        return client;
    }
}
