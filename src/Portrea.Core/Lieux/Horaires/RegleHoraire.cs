using System.Globalization;
using System.Text;

namespace Portrea.Core.Lieux.Horaires;

internal enum EtatRegle
{
    Ouvert,
    Ferme,
    Inconnu,
}

/// <summary>A month range (<c>Jan-Mar</c>) or a date range (<c>Dec 24-26</c>, <c>Dec 24-Jan 02</c>); it may wrap over New Year.</summary>
internal sealed record SelecteurMois(int MoisDebut, int? JourDebut, int MoisFin, int? JourFin)
{
    internal static readonly string[] Noms = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public bool EstPlageDeDates => JourDebut is not null;

    public bool Contient(DateOnly jour)
    {
        var cle = (jour.Month * 100) + jour.Day;
        var debut = (MoisDebut * 100) + (JourDebut ?? 1);
        var fin = (MoisFin * 100) + (JourFin ?? 31);
        return debut <= fin ? cle >= debut && cle <= fin : cle >= debut || cle <= fin;
    }

    public override string ToString()
    {
        var debut = Noms[MoisDebut - 1] + (JourDebut is { } j ? $" {j:00}" : "");
        if (MoisDebut == MoisFin && JourDebut == JourFin)
        {
            return debut;
        }

        var fin = JourFin is { } jf ? (MoisFin == MoisDebut ? $"{jf:00}" : $"{Noms[MoisFin - 1]} {jf:00}") : Noms[MoisFin - 1];
        return $"{debut}-{fin}";
    }
}

/// <summary>ISO 8601 week numbers <c>Debut-Fin/Pas</c>: <c>week 01-53/2</c> selects odd weeks.</summary>
internal sealed record SelecteurSemaine(int Debut, int Fin, int Pas)
{
    public bool Contient(DateOnly jour)
    {
        var semaine = ISOWeek.GetWeekOfYear(jour.ToDateTime(TimeOnly.MinValue));
        return semaine >= Debut && semaine <= Fin && (semaine - Debut) % Pas == 0;
    }

    public override string ToString() =>
        Debut == Fin ? $"{Debut:00}" : $"{Debut:00}-{Fin:00}" + (Pas > 1 ? $"/{Pas}" : "");
}

/// <summary>Weekdays, nth weekdays of the month (<c>Mo[1]</c>, <c>Mo[-1]</c>) and public holidays (<c>PH</c>), as a union.</summary>
internal sealed record SelecteurJours(IReadOnlySet<DayOfWeek> Jours, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<int>> Rangs, bool Feries)
{
    internal static readonly string[] Noms = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];

    public bool ARestriction => Rangs.Count > 0 || Feries;

    public bool Contient(DayOfWeek jour, DateOnly? date)
    {
        if (Jours.Contains(jour))
        {
            return true;
        }

        if (date is not { } d)
        {
            return false;
        }

        return (Feries && JoursFeries.EstFerie(d)) || (Rangs.TryGetValue(jour, out var rangs) && rangs.Any(r => EstRang(d, r)));
    }

    public static bool EstRang(DateOnly date, int rang)
    {
        var joursDansLeMois = DateTime.DaysInMonth(date.Year, date.Month);
        return rang > 0 ? (date.Day - 1) / 7 == rang - 1 : (joursDansLeMois - date.Day) / 7 == -rang - 1;
    }

    public override string ToString()
    {
        var elements = new List<string>();
        if (Feries)
        {
            elements.Add("PH");
        }

        // Runs of three days or more are written as ranges, as OSM mappers usually do.
        var ordre = SemaineHoraire.JoursDansLOrdre;
        for (var i = 0; i < 7; i++)
        {
            if (Jours.Contains(ordre[i]))
            {
                var fin = i;
                while (fin + 1 < 7 && Jours.Contains(ordre[fin + 1]))
                {
                    fin++;
                }

                if (fin - i >= 2)
                {
                    elements.Add($"{Noms[(int)ordre[i]]}-{Noms[(int)ordre[fin]]}");
                }
                else
                {
                    elements.AddRange(Enumerable.Range(i, fin - i + 1).Select(k => Noms[(int)ordre[k]]));
                }

                i = fin;
            }

            if (Rangs.TryGetValue(ordre[i], out var rangs) && !Jours.Contains(ordre[i]))
            {
                elements.Add($"{Noms[(int)ordre[i]]}[{string.Join(",", rangs)}]");
            }
        }

        return string.Join(",", elements);
    }
}

/// <summary>One rule of an <c>opening_hours</c> value, with its selectors in the order the syntax imposes.</summary>
internal sealed class RegleHoraire
{
    public bool Additionnelle { get; init; }

    public bool ToutLeTemps { get; set; }

    public List<SelecteurMois> Mois { get; } = [];

    public List<SelecteurSemaine> Semaines { get; } = [];

    public SelecteurJours? Jours { get; set; }

    /// <summary>Minutes since the start of the selected day; the end may pass 1440 when the range crosses midnight.</summary>
    public List<(int Debut, int Fin)> Plages { get; } = [];

    public EtatRegle Etat { get; set; } = EtatRegle.Ouvert;

    public bool EtatExplicite { get; set; }

    public string? Commentaire { get; set; }

    /// <summary>True when the rule applies only on some dates (months, weeks, nth weekdays or public holidays).</summary>
    public bool ARestrictionDeDate => Mois.Count > 0 || Semaines.Count > 0 || Jours is { ARestriction: true };

    public bool Selectionne(DayOfWeek jour, DateOnly? date)
    {
        if (date is { } d)
        {
            return (Mois.Count == 0 || Mois.Any(m => m.Contient(d)))
                && (Semaines.Count == 0 || Semaines.Any(s => s.Contient(d)))
                && (Jours is null || Jours.Contient(jour, d));
        }

        // The typical week keeps only the rules that hold every week of the year.
        return Mois.Count == 0 && Semaines.Count == 0 && (Jours is null || Jours.Contient(jour, null));
    }

    public override string ToString()
    {
        var morceaux = new List<string>();
        if (ToutLeTemps)
        {
            morceaux.Add("24/7");
        }

        if (Mois.Count > 0)
        {
            morceaux.Add(string.Join(",", Mois));
        }

        if (Semaines.Count > 0)
        {
            morceaux.Add("week " + string.Join(",", Semaines));
        }

        if (Jours is not null)
        {
            morceaux.Add(Jours.ToString());
        }

        if (Plages.Count > 0)
        {
            morceaux.Add(string.Join(",", Plages.Select(p => $"{PlageHoraire.Heure(p.Debut)}-{PlageHoraire.Heure(p.Fin > PlageHoraire.MinutesParJour ? p.Fin - PlageHoraire.MinutesParJour : p.Fin)}")));
        }

        if (EtatExplicite && (Etat != EtatRegle.Ouvert || morceaux.Count == 0))
        {
            morceaux.Add(Etat switch { EtatRegle.Ferme => "off", EtatRegle.Inconnu => "unknown", _ => "open" });
        }

        if (Commentaire is not null)
        {
            morceaux.Add(new StringBuilder().Append('"').Append(Commentaire).Append('"').ToString());
        }

        return string.Join(" ", morceaux);
    }
}
