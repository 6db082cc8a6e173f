using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Campagnes;

/// <summary>
/// Campaigns are the business of their EPCI's referents and of the hub: others get « not found », so that the
/// campaigns (and contact addresses) of other territories stay private.
/// </summary>
public static class AccesCampagnes
{
    public static async Task<Campagne?> ChargerAsync(PortreaDbContext db, ClaimsPrincipal utilisateur, int id, CancellationToken ct)
    {
        var campagne = await db.Campagnes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return campagne is not null && DroitsLieu.Modere(utilisateur, campagne.EpciSiren) ? campagne : null;
    }

    /// <summary>The EPCIs the user runs campaigns for, by name: every EPCI for an administrator.</summary>
    public static async Task<List<(string Siren, string Nom)>> EpcisAsync(PortreaDbContext db, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var requete = db.Epcis.AsNoTracking();
        if (!DroitsLieu.EstAdministrateur(utilisateur))
        {
            var siens = DroitsLieu.EpcisReferent(utilisateur).ToList();
            requete = requete.Where(e => siens.Contains(e.Siren));
        }

        return [.. (await requete.OrderBy(e => e.Nom).Select(e => new { e.Siren, e.Nom }).ToListAsync(ct)).Select(e => (e.Siren, e.Nom))];
    }
}
