namespace Portrea.Core.Ressources;

/// <summary>A partner's booking of a free slot, for a permanence or a workshop; at most one per slot (unique index).</summary>
public sealed class Reservation
{
    public int Id { get; set; }
    public int DisponibiliteId { get; set; }
    public int StructureId { get; set; }
    public required string Objet { get; set; }
    public NatureReservation Nature { get; set; }
    public DateTimeOffset CreeeLe { get; set; }
    public string? AuteurId { get; set; }
}

public enum NatureReservation
{
    Permanence,
    Atelier,
}

public static class NaturesReservation
{
    public static string Libelle(this NatureReservation nature) => nature == NatureReservation.Atelier ? "atelier" : "permanence";

    public static bool TryLire(string? code, out NatureReservation nature)
    {
        nature = NatureReservation.Permanence;
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Equals("permanence", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (code.Trim().Equals("atelier", StringComparison.OrdinalIgnoreCase))
        {
            nature = NatureReservation.Atelier;
            return true;
        }

        return false;
    }
}
