using Portrea.Core.Lieux;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Tests.Infrastructure;

/// <summary>Two EPCIs with one commune, one structure and one place each: enough to test territorial scopes without the shipped data.</summary>
public sealed record DeuxTerritoires(int StructureLannion, int StructureRennes)
{
    public const string Lannion = "200065928";
    public const string Rennes = "243500139";

    public static async Task<DeuxTerritoires> CreerAsync(PortreaDbContext db)
    {
        db.Regions.Add(new Region { Code = "53", Nom = "Bretagne" });
        db.Departements.AddRange(new Departement { Code = "22", Nom = "Côtes-d'Armor", RegionCode = "53" }, new Departement { Code = "35", Nom = "Ille-et-Vilaine", RegionCode = "53" });
        db.Epcis.AddRange(new Epci { Siren = Lannion, Nom = "Lannion-Trégor Communauté", Type = "CA" }, new Epci { Siren = Rennes, Nom = "Rennes Métropole", Type = "METRO" });
        db.Communes.AddRange(
            new Commune { Code = "22113", Nom = "Lannion", DepartementCode = "22", RegionCode = "53", EpciSiren = Lannion },
            new Commune { Code = "35238", Nom = "Rennes", DepartementCode = "35", RegionCode = "53", EpciSiren = Rennes });
        db.EpciMembres.AddRange(
            new EpciMembre { EpciSiren = Lannion, CommuneCode = "22113", Nom = "Lannion" },
            new EpciMembre { EpciSiren = Rennes, CommuneCode = "35238", Nom = "Rennes" });
        var lannion = new Structure { Nom = "Espace numérique de Lannion" };
        var rennes = new Structure { Nom = "Point numérique de Rennes" };
        db.Structures.AddRange(lannion, rennes);
        await db.SaveChangesAsync();
        db.Lieux.AddRange(Lieu("lannion-1", "Lannion", "22300", "22113", lannion.Id), Lieu("rennes-1", "Rennes", "35000", "35238", rennes.Id));
        await db.SaveChangesAsync();
        return new DeuxTerritoires(lannion.Id, rennes.Id);
    }

    private static Lieu Lieu(string identifiant, string commune, string codePostal, string code, int structureId) => new()
    {
        Identifiant = identifiant,
        Nom = "Médiathèque de " + commune,
        Commune = commune,
        CodePostal = codePostal,
        Adresse = "1 rue de la Mairie",
        CommuneCode = code,
        StructureId = structureId,
    };
}
