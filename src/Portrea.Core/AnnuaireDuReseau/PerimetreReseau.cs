using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>
/// Which EPCIs' network directory a signed-in professional may read: every EPCI for an administrator; for others,
/// the EPCIs they are referent of and those where a structure they contribute for runs a place or holds a service.
/// </summary>
public static class PerimetreReseau
{
    /// <summary>Null means every EPCI (administrator); otherwise the SIRENs, possibly none.</summary>
    public static async Task<IReadOnlySet<string>?> EpcisAsync(PortreaDbContext db, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        if (!DroitsLieu.EstConnecte(utilisateur))
        {
            return new HashSet<string>();
        }

        if (DroitsLieu.EstAdministrateur(utilisateur))
        {
            return null;
        }

        var epcis = DroitsLieu.EpcisReferent(utilisateur).ToHashSet();
        var structures = utilisateur.IsInRole(RevendicationsPortrea.RoleContributeur) ? DroitsLieu.Structures(utilisateur).ToList() : [];
        if (structures.Count > 0)
        {
            var communes = db.Lieux.Where(l => !l.Brouillon && l.CommuneCode != null
                    && ((l.StructureId != null && structures.Contains(l.StructureId.Value))
                        || l.Services.Any(s => s.StructureId != null && structures.Contains(s.StructureId.Value))))
                .Select(l => l.CommuneCode);
            epcis.UnionWith(await db.EpciMembres.Where(m => communes.Contains(m.CommuneCode)).Select(m => m.EpciSiren).Distinct().ToListAsync(ct));
        }

        return epcis;
    }

    public static bool Autorise(IReadOnlySet<string>? epcis, string siren) => epcis is null || epcis.Contains(siren);

    /// <summary>The export is for the people who run the network: the EPCI's referents and administrators.</summary>
    public static bool PeutExporter(ClaimsPrincipal utilisateur, string siren) => DroitsLieu.Modere(utilisateur, siren);
}
