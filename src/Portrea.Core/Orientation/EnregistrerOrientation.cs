using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Orientation;

/// <summary>Records one referral, only when the professional asks: the five anonymous fields and nothing from the rest of the request.</summary>
public static class EnregistrerOrientation
{
    public static async Task<OrientationEnregistree> ExecuterAsync(
        PortreaDbContext db, DemandeOrientation demande, string lieuIdentifiant, TimeProvider horloge, CancellationToken ct)
    {
        var orientation = new OrientationEnregistree
        {
            Jour = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)),
            Besoin = demande.Besoin.Code(),
            ServicePrecis = demande.Service?.Code,
            CommuneCode = demande.Depart.CommuneCode,
            LieuIdentifiant = lieuIdentifiant,
        };
        db.OrientationsEnregistrees.Add(orientation);
        await db.SaveChangesAsync(ct);
        return orientation;
    }
}
