using System.Security.Claims;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>Places whose people's data a user may export or erase: all for an administrator, those of their EPCIs for a referent.</summary>
public static class PerimetreDonnees
{
    public static IQueryable<Lieu> Lieux(PortreaDbContext db, ClaimsPrincipal utilisateur)
    {
        if (DroitsLieu.EstAdministrateur(utilisateur))
        {
            return db.Lieux;
        }

        var sirens = DroitsLieu.EpcisReferent(utilisateur).ToList();
        return db.Lieux.Where(l => l.CommuneCode != null && db.EpciMembres.Any(m => m.CommuneCode == l.CommuneCode && sirens.Contains(m.EpciSiren)));
    }

    public static string Libelle(ClaimsPrincipal utilisateur) =>
        DroitsLieu.EstAdministrateur(utilisateur) ? "tous les lieux du hub" : "les lieux des EPCI dont la personne connectée est référente";
}
