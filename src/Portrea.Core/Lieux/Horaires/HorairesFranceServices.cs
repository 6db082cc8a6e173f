using System.Text.RegularExpressions;

namespace Portrea.Core.Lieux.Horaires;

/// <summary>An invalid cell of an hours column: the column name (<c>h_lundi</c>) and the French reason.</summary>
public sealed record ErreurHoraire(string Champ, string Message);

/// <summary>The hours converted from a row, or the cells that prevented it; null hours mean "non disponible".</summary>
public sealed record ConversionHoraires(HorairesOsm? Horaires, IReadOnlyList<ErreurHoraire> Erreurs)
{
    public bool EstValide => Erreurs.Count == 0;
}

/// <summary>
/// Converts the France Services list layout (one column per day, <c>h_lundi</c> … <c>h_samedi</c>, values like
/// <c>08:00 - 12:00 / 13:00 - 16:00</c>, empty when closed) into OSM hours.
/// </summary>
public static partial class HorairesFranceServices
{
    public static readonly IReadOnlyDictionary<string, DayOfWeek> Colonnes = new Dictionary<string, DayOfWeek>
    {
        ["h_lundi"] = DayOfWeek.Monday,
        ["h_mardi"] = DayOfWeek.Tuesday,
        ["h_mercredi"] = DayOfWeek.Wednesday,
        ["h_jeudi"] = DayOfWeek.Thursday,
        ["h_vendredi"] = DayOfWeek.Friday,
        ["h_samedi"] = DayOfWeek.Saturday,
        ["h_dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>
    /// Converts the cells keyed by column name. A row whose cells are all empty has no known hours: the result is
    /// null hours without error, not a place that is always closed.
    /// </summary>
    public static ConversionHoraires Convertir(IReadOnlyDictionary<string, string?> cellules)
    {
        ArgumentNullException.ThrowIfNull(cellules);
        var erreurs = new List<ErreurHoraire>();
        var semaine = new Dictionary<DayOfWeek, IReadOnlyList<PlageHoraire>>();
        foreach (var (colonne, valeur) in cellules)
        {
            if (!Colonnes.TryGetValue(colonne, out var jour))
            {
                erreurs.Add(new ErreurHoraire(colonne, $"colonne d'horaires inconnue (attendu : {string.Join(", ", Colonnes.Keys)})"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(valeur))
            {
                continue;
            }

            if (Cellule(valeur) is { } plages)
            {
                semaine[jour] = plages;
            }
            else
            {
                erreurs.Add(new ErreurHoraire(colonne, $"« {valeur.Trim()} » n'est pas une liste de plages « HH:MM - HH:MM », séparées par « / », dans l'ordre de la journée"));
            }
        }

        if (erreurs.Count > 0)
        {
            return new ConversionHoraires(null, erreurs);
        }

        return semaine.Count == 0 ? new ConversionHoraires(null, []) : new ConversionHoraires(HorairesOsm.DepuisSemaine(new SemaineHoraire(semaine)), []);
    }

    private static List<PlageHoraire>? Cellule(string valeur)
    {
        var plages = new List<PlageHoraire>();
        foreach (var morceau in valeur.Split('/'))
        {
            var correspondance = PlageRegex().Match(morceau);
            if (!correspondance.Success)
            {
                return null;
            }

            var debut = Minutes(correspondance.Groups[1].Value, correspondance.Groups[2].Value);
            var fin = Minutes(correspondance.Groups[3].Value, correspondance.Groups[4].Value);
            if (debut is null || fin is null || debut >= fin || (plages.Count > 0 && debut < plages[^1].DebutMinutes))
            {
                return null;
            }

            plages.Add(new PlageHoraire(debut.Value, fin.Value));
        }

        return plages;
    }

    private static int? Minutes(string heures, string minutes)
    {
        var h = int.Parse(heures, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);
        return m < 60 && (h < 24 || (h == 24 && m == 0)) ? (h * 60) + m : null;
    }

    [GeneratedRegex(@"^\s*(\d{1,2})[:hH](\d{2})\s*-\s*(\d{1,2})[:hH](\d{2})\s*$")]
    private static partial Regex PlageRegex();
}
