using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>The slots of a network's places (or of one of them) over a period, with their bookings.</summary>
public static class ChargerCalendrier
{
    public sealed record Creneau(
        int Id, int LieuId, string LieuIdentifiant, string LieuNom, string Salle, DateOnly Jour, int DebutMinutes, int FinMinutes,
        bool Recurrent, int? ReservationId, int? ReservationStructureId, string? ReservationStructure, string? Objet, NatureReservation? Nature)
    {
        public bool Reserve => ReservationStructureId is not null;
    }

    /// <summary>Monday of the week holding <paramref name="jour"/>.</summary>
    public static DateOnly Lundi(DateOnly jour) => jour.AddDays(-(((int)jour.DayOfWeek + 6) % 7));

    public static async Task<IReadOnlyList<Creneau>> ChargerAsync(PortreaDbContext db, int reseauId, int? lieuId, DateOnly du, DateOnly au, CancellationToken ct)
    {
        var lieux = db.ReseauxLieux.Where(r => r.ReseauId == reseauId).Select(r => r.LieuId);
        return await (
            from d in db.Disponibilites.AsNoTracking()
            join l in db.Lieux on d.LieuId equals l.Id
            where lieux.Contains(d.LieuId) && (lieuId == null || d.LieuId == lieuId) && d.Jour >= du && d.Jour <= au
            join r in db.Reservations on d.Id equals r.DisponibiliteId into rs
            from r in rs.DefaultIfEmpty()
            join s in db.Structures on r.StructureId equals s.Id into ss
            from s in ss.DefaultIfEmpty()
            orderby d.Jour, d.DebutMinutes, l.Nom, d.Salle
            select new Creneau(d.Id, l.Id, l.Identifiant, l.Nom, d.Salle, d.Jour, d.DebutMinutes, d.FinMinutes, d.RecurrenceId != null,
                r == null ? null : r.Id, r == null ? null : r.StructureId, s == null ? null : s.Nom, r == null ? null : r.Objet, r == null ? null : r.Nature))
            .ToListAsync(ct);
    }

    public static DemiJournees.Usage Usage(IEnumerable<Creneau> creneaux) =>
        DemiJournees.Calculer(creneaux.Select(c => (c.LieuId, c.Salle, c.Jour, c.DebutMinutes, c.FinMinutes, c.Reserve)));
}
