using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Orientation;

/// <summary>
/// Records one referral, only when the professional asks: the anonymous fields, and whether the request found a place
/// meeting every criterion (ranked again now, with the same engine), nothing else of the request.
/// </summary>
public static class EnregistrerOrientation
{
    /// <param name="lieuIdentifiant">The place handed to the person; null when no place offers the need.</param>
    public static async Task<OrientationEnregistree> ExecuterAsync(
        PortreaDbContext db, DemandeOrientation demande, string? lieuIdentifiant, TimeProvider horloge, CancellationToken ct)
    {
        var resultat = await OrienterPersonne.ExecuterAsync(db, demande, horloge, ct);
        var orientation = new OrientationEnregistree
        {
            Jour = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)),
            Besoin = demande.Besoin.Code(),
            ServicePrecis = demande.Service?.Code,
            CommuneCode = demande.Depart.CommuneCode,
            LieuIdentifiant = lieuIdentifiant,
            Reponse = ReponseOrientationTexte.Depuis(resultat),
        };
        db.OrientationsEnregistrees.Add(orientation);
        await db.SaveChangesAsync(ct);
        return orientation;
    }
}
