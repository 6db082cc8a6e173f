using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Campagnes;
using Portrea.Core.Lieux;
using Portrea.Core.Territoires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Campagnes;

/// <summary>
/// A fresh EPCI of one commune for one test: places whose contact has an address (<see cref="Courriels"/>) and places
/// with none, so that campaigns of different tests never share a recipient.
/// </summary>
public sealed record TerritoireCampagne(string Siren, string CommuneCode, IReadOnlyList<int> Lieux, IReadOnlyList<string> Courriels, IReadOnlyList<int> LieuxSansAdresse)
{
    public string Territoire => CreerCampagne.PrefixeEpci + Siren;

    public static async Task<TerritoireCampagne> CreerAsync(PortreaApplication app, int avecAdresse, int sansAdresse = 1)
    {
        var graine = Random.Shared.Next(10_000_000, 99_999_999);
        var siren = "9" + graine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var commune = "9" + (graine % 10_000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
        var suffixe = Guid.NewGuid().ToString("N")[..8];
        return await app.AvecBaseAsync(async db =>
        {
            if (!await db.Regions.AnyAsync(r => r.Code == "99"))
            {
                db.Regions.Add(new Region { Code = "99", Nom = "Région de test" });
                db.Departements.Add(new Departement { Code = "99", Nom = "Département de test", RegionCode = "99" });
                await db.SaveChangesAsync();
            }

            db.Epcis.Add(new Epci { Siren = siren, Nom = "Communauté de test " + suffixe, Type = "CC" });
            db.Communes.Add(new Commune { Code = commune, Nom = "Commune " + suffixe, DepartementCode = "99", RegionCode = "99", EpciSiren = siren });
            db.EpciMembres.Add(new EpciMembre { EpciSiren = siren, CommuneCode = commune, Nom = "Commune " + suffixe });
            var courriels = Enumerable.Range(1, avecAdresse).Select(i => $"contact{i}.{suffixe}@example.org").ToList();
            var lieux = courriels.Select((c, i) => Lieu($"campagne-{suffixe}-{i + 1}", $"Espace numérique {i + 1} {suffixe}", commune, c)).ToList();
            var sans = Enumerable.Range(1, sansAdresse).Select(i => Lieu($"campagne-{suffixe}-sans-{i}", $"Lieu sans adresse {i} {suffixe}", commune, null)).ToList();
            db.Lieux.AddRange(lieux.Concat(sans));
            await db.SaveChangesAsync();
            return new TerritoireCampagne(siren, commune, [.. lieux.Select(l => l.Id)], courriels, [.. sans.Select(l => l.Id)]);
        });
    }

    /// <summary>Creates a campaign through the product's use case, as the hub administrator.</summary>
    public async Task<int> CreerCampagneAsync(PortreaApplication app, string? relances = "10|20", DateOnly? debut = null)
    {
        var administrateur = await app.PrincipalAsync(UtilisateurDeTest.Administrateur());
        await using var scope = app.Services.CreateAsyncScope();
        var resultat = await scope.ServiceProvider.GetRequiredService<CreerCampagne>()
            .CreerAsync(new DemandeCampagne(Territoire, "Campagne de test", debut, null, null, null, relances), administrateur, "http://portrea.test", CancellationToken.None);
        resultat.Erreurs.ShouldBeEmpty();
        return resultat.Campagne!.Id;
    }

    private static Lieu Lieu(string identifiant, string nom, string commune, string? courriel) => new()
    {
        Identifiant = identifiant,
        Nom = nom,
        Commune = "Commune de test",
        CodePostal = "99000",
        CodeInsee = commune,
        CommuneCode = commune,
        Rattachement = RattachementCommune.CodeInsee,
        Adresse = "1 place de la Mairie",
        Telephone = "+33299001122",
        DateMaj = new DateOnly(2025, 1, 15),
        Contacts = courriel is null ? [new ContactLieu { Nom = "Accueil", Telephone = "+33299001123", Public = true }] : [new ContactLieu { Nom = "Responsable", Courriel = courriel, Telephone = "+33299001124", Public = false }],
    };
}

public static class ServicesDeTest
{
    public static async Task<T> AvecAsync<TService, T>(this PortreaApplication app, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<ClaimsPrincipal> AdministrateurAsync(this PortreaApplication app) => app.PrincipalAsync(UtilisateurDeTest.Administrateur());
}
