using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;

namespace Portrea.Web.Features.Ressources;

/// <summary>
/// The permanences and workshops partners booked in a place, shown on its public sheet next to its services. They
/// are read from the bookings rather than written into the place's services: a booking is one dated slot, the
/// services model holds weekly schedules, and writing each booking through the sheet would change its version
/// (and the editors' ETag) at every booking.
/// </summary>
public sealed class PermanencesReserveesViewComponent(PortreaDbContext db, TimeProvider horloge) : ViewComponent
{
    public const int Semaines = 8;

    public sealed record Ligne(DateOnly Jour, int DebutMinutes, int FinMinutes, string Salle, string Structure, NatureReservation Nature, string Objet);

    public async Task<IViewComponentResult> InvokeAsync(int lieuId)
    {
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        var fin = aujourdhui.AddDays(7 * Semaines);
        var lignes = await (
            from d in db.Disponibilites.AsNoTracking()
            where d.LieuId == lieuId && d.Jour >= aujourdhui && d.Jour <= fin
            join r in db.Reservations on d.Id equals r.DisponibiliteId
            join s in db.Structures on r.StructureId equals s.Id
            orderby d.Jour, d.DebutMinutes
            select new Ligne(d.Jour, d.DebutMinutes, d.FinMinutes, d.Salle, s.Nom, r.Nature, r.Objet))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Ressources/_PermanencesReservees.cshtml", lignes);
    }
}
