using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Lieux;

public abstract class AmorcageLieuxTests(Bretagne bretagne)
{
    [Fact]
    public async Task PremierDemarrage_FichiersLivres_ChaqueLigneEstUnLieuOuFusionneeUneFois()
    {
        var attendus = FichiersLivres.Identifiants();
        var lieux = await bretagne.App.AvecBaseAsync(db => db.Lieux.AsNoTracking().ToListAsync());

        var trouves = lieux.Select(l => l.Identifiant)
            .Concat(lieux.SelectMany(l => l.IdentifiantsFusionnes.Split('|', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        trouves.Order().ShouldBe(attendus.Order());
        var fusionnes = lieux.Sum(l => l.IdentifiantsFusionnes.Split('|', StringSplitOptions.RemoveEmptyEntries).Length);
        fusionnes.ShouldBeGreaterThan(0);
        lieux.Count.ShouldBe(attendus.Count - fusionnes);
    }

    [Fact]
    public async Task PremierDemarrage_FranceServicesDeCallac_FusionneAvecLeLieuConseillerNumeriqueDeLaCommune()
    {
        var lieu = await bretagne.App.AvecBaseAsync(db => db.Lieux.AsNoTracking().Include(l => l.Services)
            .FirstAsync(l => l.Nom == "France services de Callac"));

        lieu.IdentifiantsFusionnes.ShouldNotBeEmpty();
        lieu.DispositifProgrammesNationaux.Split('|').ShouldContain("Conseillers numériques");
        lieu.DispositifProgrammesNationaux.Split('|').ShouldContain("France Services");
        lieu.Services.Select(s => s.Categorie).ShouldContain(CategorieBesoin.EtreInformeOriente);
        lieu.Services.Select(s => s.Categorie).ShouldContain(CategorieBesoin.DevelopperCultureNumerique);
    }

    [Fact]
    public async Task PremierDemarrage_FranceServices_SontRattacheesALeurCommuneParLeursCoordonnees()
    {
        var fichier = FichiersLivres.Lire("bretagne_france_services_2023.csv");
        var tous = await bretagne.App.AvecBaseAsync(db => db.Lieux.AsNoTracking().ToListAsync());
        var lieux = tous.Where(l => l.Identifiant.StartsWith("france-services-")).ToDictionary(l => l.Identifiant);

        foreach (var ligne in fichier)
        {
            // A desk merged into another one (a bus parked at its main site) lives on in that place.
            var id = "france-services-" + ligne["id_fs"];
            var lieu = tous.Single(l => l.Identifiant == id || l.IdentifiantsFusionnes.Split('|').Contains(id));
            lieu.CommuneCode.ShouldBe(ligne["code_insee_pip_2026"], lieu.Nom);
        }

        // A few coastal points fall just outside the simplified contours: those fall back on their INSEE code.
        lieux.Values.Count(l => l.Rattachement == RattachementCommune.Coordonnees).ShouldBeGreaterThan(fichier.Count * 9 / 10);
        lieux.Values.ShouldAllBe(l => l.Rattachement == RattachementCommune.Coordonnees || l.Rattachement == RattachementCommune.CodeInsee);
    }
}

[Collection(SurSqlite.Nom)]
public sealed class AmorcageLieuxSqliteTests(BretagneSqlite bretagne) : AmorcageLieuxTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class AmorcageLieuxPostgresTests(BretagnePostgres bretagne) : AmorcageLieuxTests(bretagne);
