namespace Portrea.Core.Ressources;

/// <summary>
/// Half-days, the unit the network counts its shared space-time in: a slot starting before 13:00 covers the morning,
/// one ending after 13:00 the afternoon (a whole day counts two). The usage share is booked half-days over available ones.
/// </summary>
public static class DemiJournees
{
    public const int Midi = 13 * 60;

    public enum Moment
    {
        Matin,
        ApresMidi,
    }

    public static string Libelle(this Moment moment) => moment == Moment.Matin ? "matin" : "après-midi";

    public static IEnumerable<Moment> Couvertes(int debutMinutes, int finMinutes)
    {
        if (debutMinutes < Midi)
        {
            yield return Moment.Matin;
        }

        if (finMinutes > Midi)
        {
            yield return Moment.ApresMidi;
        }
    }

    public sealed record Usage(int Disponibles, int Reservees)
    {
        /// <summary>Share of available half-days that are booked; null when none was available (not 0 %).</summary>
        public double? Taux => Disponibles == 0 ? null : Reservees / (double)Disponibles;
    }

    /// <summary>
    /// Distinct half-days (place, room, day, moment) offered by the slots, and those of them that are booked:
    /// two slots of one room in the same morning make one half-day, booked if any of them is.
    /// </summary>
    public static Usage Calculer(IEnumerable<(int LieuId, string Salle, DateOnly Jour, int DebutMinutes, int FinMinutes, bool Reservee)> creneaux)
    {
        var demiJournees = new Dictionary<(int, string, DateOnly, Moment), bool>();
        foreach (var c in creneaux)
        {
            foreach (var moment in Couvertes(c.DebutMinutes, c.FinMinutes))
            {
                var cle = (c.LieuId, c.Salle.Trim().ToLowerInvariant(), c.Jour, moment);
                demiJournees[cle] = demiJournees.GetValueOrDefault(cle) || c.Reservee;
            }
        }

        return new Usage(demiJournees.Count, demiJournees.Values.Count(r => r));
    }
}
