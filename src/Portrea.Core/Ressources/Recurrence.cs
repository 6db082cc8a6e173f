namespace Portrea.Core.Ressources;

/// <summary>
/// A room free every week on one day between two times, from <see cref="Du"/> to <see cref="Au"/>, except on the
/// listed dates (and on public holidays). Its occurrences are written out as <see cref="Disponibilite"/> rows.
/// </summary>
public sealed class Recurrence
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public required string Salle { get; set; }
    public DayOfWeek Jour { get; set; }
    public int DebutMinutes { get; set; }
    public int FinMinutes { get; set; }
    public DateOnly Du { get; set; }
    public DateOnly Au { get; set; }

    /// <summary>Dates without the slot (ISO <c>yyyy-MM-dd</c>) joined by '|'.</summary>
    public string Exceptions { get; set; } = "";
    public DateTimeOffset PublieeLe { get; set; }
    public string? AuteurId { get; set; }
}
