namespace Portrea.Core.Ressources;

/// <summary>
/// A free slot of a room of a place, on one day, in Paris wall-clock minutes (as <c>CreneauService</c>). Slots of a
/// weekly recurrence are written out one per day, so that a booking always targets one row and the database's
/// unique index on <see cref="Reservation.DisponibiliteId"/> forbids double booking.
/// </summary>
public sealed class Disponibilite
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public required string Salle { get; set; }
    public DateOnly Jour { get; set; }
    public int DebutMinutes { get; set; }
    public int FinMinutes { get; set; }

    /// <summary>The weekly recurrence this slot comes from, when it does.</summary>
    public int? RecurrenceId { get; set; }
    public DateTimeOffset PublieeLe { get; set; }
    public string? AuteurId { get; set; }

    public Reservation? Reservation { get; set; }

    public DateTime Debut => Jour.ToDateTime(TimeOnly.MinValue).AddMinutes(DebutMinutes);

    public DateTime Fin => Jour.ToDateTime(TimeOnly.MinValue).AddMinutes(FinMinutes);
}
