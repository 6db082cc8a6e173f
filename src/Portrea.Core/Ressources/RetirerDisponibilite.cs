using System.Data.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// Removes a free slot (a one-off slot or one day of a weekly recurrence) by the place's editors or the network's
/// administrators, only while nobody has booked it. The booking's foreign key is RESTRICT: when a booking lands
/// between the check and the delete, the database refuses the delete rather than losing the booking.
/// </summary>
public sealed class RetirerDisponibilite(PortreaDbContext db)
{
    public const string VientDEtreReserve = "Ce créneau vient d'être réservé : il ne peut plus être retiré (annulez d'abord la réservation).";

    public async Task<ResultatRessource> RetirerAsync(int disponibiliteId, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var disponibilite = await db.Disponibilites.AsNoTracking().Where(d => d.Id == disponibiliteId)
            .Select(d => new { d.LieuId, Reservee = d.Reservation != null }).FirstOrDefaultAsync(ct);
        if (disponibilite is null || !await DroitsReseau.EditerCreneauxAsync(db, utilisateur, disponibilite.LieuId, ct))
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, $"Aucun créneau que vous pouvez retirer n'a l'identifiant {disponibiliteId}.");
        }

        if (disponibilite.Reservee)
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, VientDEtreReserve);
        }

        int retires;
        try
        {
            retires = await db.Disponibilites.Where(d => d.Id == disponibiliteId && d.Reservation == null).ExecuteDeleteAsync(ct);
        }
        catch (DbException)
        {
            // The foreign key refused: a booking was written after the check above.
            return ResultatRessource.Refus(StatutRessource.Conflit, VientDEtreReserve);
        }

        if (retires == 1)
        {
            return ResultatRessource.Supprime(disponibiliteId, "Créneau retiré.");
        }

        return await db.Disponibilites.AnyAsync(d => d.Id == disponibiliteId, ct)
            ? ResultatRessource.Refus(StatutRessource.Conflit, VientDEtreReserve)
            : ResultatRessource.Refus(StatutRessource.Introuvable, $"Aucun créneau que vous pouvez retirer n'a l'identifiant {disponibiliteId}.");
    }
}
