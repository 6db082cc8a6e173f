using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// Cancels a booking, which frees its slot for another booking (the unique index holds only live bookings, as a
/// cancelled one is deleted). Allowed to the booking partner's contributors, the place's editors and the network's
/// administrators; anyone else is told the booking does not exist, so that other partners' bookings stay private.
/// </summary>
public sealed class AnnulerReservation(PortreaDbContext db)
{
    public async Task<ResultatRessource> AnnulerAsync(int reservationId, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reservation = await db.Reservations.AsNoTracking()
            .Where(r => r.Id == reservationId)
            .Join(db.Disponibilites, r => r.DisponibiliteId, d => d.Id, (r, d) => new { r.StructureId, d.LieuId })
            .FirstOrDefaultAsync(ct);
        if (reservation is null || !await PeutAnnulerAsync(utilisateur, reservation.StructureId, reservation.LieuId, ct))
        {
            return Introuvable(reservationId);
        }

        // A conditional delete: of two cancellations at once, the second finds nothing and is told so.
        return await db.Reservations.Where(r => r.Id == reservationId).ExecuteDeleteAsync(ct) == 1
            ? ResultatRessource.Supprime(reservationId, "Réservation annulée : le créneau est de nouveau libre.")
            : Introuvable(reservationId);
    }

    private async Task<bool> PeutAnnulerAsync(ClaimsPrincipal utilisateur, int structureId, int lieuId, CancellationToken ct)
    {
        if (!DroitsLieu.EstConnecte(utilisateur))
        {
            return false;
        }

        if (DroitsLieu.Structures(utilisateur).Contains(structureId) && utilisateur.IsInRole(Comptes.RevendicationsPortrea.RoleContributeur))
        {
            return true;
        }

        return await DroitsReseau.EditerCreneauxAsync(db, utilisateur, lieuId, ct);
    }

    private static ResultatRessource Introuvable(int id) =>
        ResultatRessource.Refus(StatutRessource.Introuvable, $"Aucune réservation que vous pouvez annuler n'a l'identifiant {id}.");
}
