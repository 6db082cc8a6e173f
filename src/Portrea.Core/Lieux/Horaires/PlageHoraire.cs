namespace Portrea.Core.Lieux.Horaires;

/// <summary>An opening interval within one day, in minutes since midnight; 1440 is the 24:00 end of the day.</summary>
public readonly record struct PlageHoraire
{
    public const int MinutesParJour = 1440;

    public PlageHoraire(int debutMinutes, int finMinutes)
    {
        if (debutMinutes < 0 || finMinutes > MinutesParJour || debutMinutes >= finMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(finMinutes), $"Plage horaire invalide : {Heure(debutMinutes)}-{Heure(finMinutes)} (le début doit précéder la fin, entre 00:00 et 24:00).");
        }

        DebutMinutes = debutMinutes;
        FinMinutes = finMinutes;
    }

    public int DebutMinutes { get; }

    public int FinMinutes { get; }

    public int DureeMinutes => FinMinutes - DebutMinutes;

    public bool Contient(int minute) => minute >= DebutMinutes && minute < FinMinutes;

    /// <summary>Builds a range from "HH:MM" texts, e.g. <c>PlageHoraire.De("09:00", "12:30")</c>.</summary>
    public static PlageHoraire De(string debut, string fin) => new(Minutes(debut), Minutes(fin));

    public override string ToString() => $"{Heure(DebutMinutes)}-{Heure(FinMinutes)}";

    internal static string Heure(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static int Minutes(string heure)
    {
        var morceaux = heure.Split(':');
        return morceaux.Length == 2 && int.TryParse(morceaux[0], out var h) && int.TryParse(morceaux[1], out var m) && m is >= 0 and < 60
            ? (h * 60) + m
            : throw new FormatException($"Heure invalide : « {heure} » (format attendu HH:MM).");
    }
}
