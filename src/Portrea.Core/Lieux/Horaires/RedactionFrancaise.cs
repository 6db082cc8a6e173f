using System.Globalization;

namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Plain French for people reading a place's sheet: the typical week with identical consecutive days grouped, then
/// each rule restricted to some dates stated as such ("semaines impaires", "de janvier à mars", "fermé les jours fériés").
/// </summary>
internal static class RedactionFrancaise
{
    private static readonly string[] NomsJours = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] NomsJoursPluriel = ["dimanches", "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis"];
    private static readonly string[] NomsMois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Ordinaux = ["premier", "deuxième", "troisième", "quatrième", "cinquième"];

    public static string Rediger(HorairesOsm horaires)
    {
        var parties = new List<string>();
        var semaine = horaires.SemaineType();
        if (SemaineHoraire.JoursDansLOrdre.All(j => semaine[j] is [{ DebutMinutes: 0, FinMinutes: PlageHoraire.MinutesParJour }]))
        {
            parties.Add("ouvert 24 h/24, 7 j/7");
        }
        else
        {
            parties.AddRange(SemaineType(horaires, semaine));
        }

        parties.AddRange(horaires.Regles.Where(r => r.ARestrictionDeDate).Select(RegleRestreinte));
        parties.AddRange(horaires.Regles.Where(r => !r.ARestrictionDeDate && r.Commentaire is not null && r.Etat != EtatRegle.Inconnu).Select(r => Commentaire(r.Commentaire!)));
        return parties.Count == 0 ? "fermé" : string.Join(" ; ", parties.Distinct());
    }

    private static IEnumerable<string> SemaineType(HorairesOsm horaires, SemaineHoraire semaine)
    {
        var descriptions = SemaineHoraire.JoursDansLOrdre
            .Select(j => (Jour: j, Description: semaine[j].Count > 0 ? Plages(semaine[j]) : EtatInconnu(horaires, j)))
            .Where(d => d.Description is not null)
            .GroupBy(d => d.Description!)
            .ToList();
        if (descriptions is [{ } seule] && seule.Count() == 7 && semaine.EstFermee)
        {
            return [seule.Key]; // "sur rendez-vous" every day needs no list of days
        }

        return descriptions.Select(g => $"{JoursListes(g.Select(d => d.Jour).ToHashSet())} {g.Key}");
    }

    private static string? EtatInconnu(HorairesOsm horaires, DayOfWeek jour)
    {
        var regle = horaires.Regles.LastOrDefault(r => r.Etat == EtatRegle.Inconnu && r.Selectionne(jour, null));
        if (regle is null || EvaluationHoraires.EvaluerJour(horaires.Regles, jour, null) is not { Inconnu: true })
        {
            return null;
        }

        return regle.Commentaire is { } commentaire ? Commentaire(commentaire) : "horaires non précisés";
    }

    private static string RegleRestreinte(RegleHoraire regle)
    {
        var quand = new List<string>();
        if (regle.Mois.Count > 0)
        {
            quand.Add(string.Join(", ", regle.Mois.Select(Mois)));
        }

        if (regle.Semaines.Count > 0)
        {
            quand.Add(string.Join(", ", regle.Semaines.Select(Semaines)));
        }

        if (regle.Jours is { } jours)
        {
            var elements = new List<string>();
            if (jours.Jours.Count > 0)
            {
                elements.Add(JoursListes(jours.Jours));
            }

            elements.AddRange(jours.Rangs.OrderBy(r => ((int)r.Key + 6) % 7).Select(r => Rangs(r.Key, r.Value)));
            if (jours.Feries)
            {
                elements.Add("les jours fériés");
            }

            quand.Add(string.Join(" et ", elements));
        }

        var etat = regle.Etat switch
        {
            EtatRegle.Ferme when regle.Plages.Count == 0 => "fermé",
            EtatRegle.Ferme => "fermé " + PlagesRegle(regle),
            EtatRegle.Inconnu => regle.Commentaire is { } c ? Commentaire(c) : "horaires non précisés",
            _ when regle.Plages.Count == 0 => "toute la journée",
            _ => PlagesRegle(regle),
        };
        var commentaire = regle.Commentaire is { } texte && regle.Etat != EtatRegle.Inconnu ? $" ({Commentaire(texte)})" : "";
        return regle.Etat == EtatRegle.Ferme && regle.Jours is { Feries: true, Jours.Count: 0, Rangs.Count: 0 } && quand.Count == 1
            ? $"{etat} les jours fériés{commentaire}"
            : $"{string.Join(", ", quand)} : {etat}{commentaire}";
    }

    private static string Mois(SelecteurMois m)
    {
        if (!m.EstPlageDeDates)
        {
            return m.MoisDebut == m.MoisFin ? $"en {NomsMois[m.MoisDebut - 1]}" : $"de {NomsMois[m.MoisDebut - 1]} à {NomsMois[m.MoisFin - 1]}";
        }

        var debut = $"{Jour(m.JourDebut!.Value)} {NomsMois[m.MoisDebut - 1]}";
        if (m.MoisDebut == m.MoisFin && m.JourDebut == m.JourFin)
        {
            return $"le {debut}";
        }

        return m.MoisDebut == m.MoisFin
            ? $"du {Jour(m.JourDebut.Value)} au {Jour(m.JourFin!.Value)} {NomsMois[m.MoisFin - 1]}"
            : $"du {debut} au {Jour(m.JourFin!.Value)} {NomsMois[m.MoisFin - 1]}";
    }

    private static string Jour(int jour) => jour == 1 ? "1er" : jour.ToString(CultureInfo.InvariantCulture);

    private static string Semaines(SelecteurSemaine s) => s switch
    {
        { Debut: 1, Fin: >= 52, Pas: 2 } => "semaines impaires",
        { Debut: 2, Fin: >= 52, Pas: 2 } => "semaines paires",
        _ when s.Debut == s.Fin => $"semaine {s.Debut}",
        { Pas: 1 } => $"semaines {s.Debut} à {s.Fin}",
        _ => $"une semaine sur {s.Pas} de la semaine {s.Debut} à la semaine {s.Fin}",
    };

    private static string Rangs(DayOfWeek jour, IReadOnlyList<int> rangs)
    {
        var noms = rangs.Select(r => r > 0 ? Ordinaux[r - 1] : r == -1 ? "dernier" : r == -2 ? "avant-dernier" : $"{Ordinaux[-r - 1]} avant la fin").ToList();
        return noms.Count == 1
            ? $"{(noms[0].StartsWith('a') ? "l'" : "le ")}{noms[0]} {NomsJours[(int)jour]} du mois"
            : $"les {string.Join(", ", noms.SkipLast(1))} et {noms[^1]} {NomsJoursPluriel[(int)jour]} du mois";
    }

    /// <summary>Days in week order, consecutive runs of three or more as "du lundi au mercredi": "du lundi au mercredi et vendredi".</summary>
    private static string JoursListes(IReadOnlySet<DayOfWeek> jours)
    {
        var ordre = SemaineHoraire.JoursDansLOrdre;
        var elements = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            if (!jours.Contains(ordre[i]))
            {
                continue;
            }

            var fin = i;
            while (fin + 1 < 7 && jours.Contains(ordre[fin + 1]))
            {
                fin++;
            }

            if (fin - i >= 2)
            {
                elements.Add($"du {NomsJours[(int)ordre[i]]} au {NomsJours[(int)ordre[fin]]}");
            }
            else
            {
                elements.AddRange(Enumerable.Range(i, fin - i + 1).Select(k => NomsJours[(int)ordre[k]]));
            }

            i = fin;
        }

        return elements.Count == 1 ? elements[0] : $"{string.Join(", ", elements.SkipLast(1))} et {elements[^1]}";
    }

    private static string PlagesRegle(RegleHoraire regle) =>
        string.Join(", ", regle.Plages.Select(p => $"{Heure(p.Debut)} – {Heure(p.Fin > PlageHoraire.MinutesParJour ? p.Fin - PlageHoraire.MinutesParJour : p.Fin)}"));

    private static string Plages(IReadOnlyList<PlageHoraire> plages) =>
        string.Join(", ", plages.Select(p => $"{Heure(p.DebutMinutes)} – {Heure(p.FinMinutes)}"));

    internal static string Heure(int minutes) =>
        minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60:00}";

    private static string Commentaire(string commentaire) =>
        commentaire.Contains("rendez-vous", StringComparison.OrdinalIgnoreCase)
        || commentaire.Contains("rendez vous", StringComparison.OrdinalIgnoreCase)
        || commentaire.Contains("rdv", StringComparison.OrdinalIgnoreCase)
            ? "sur rendez-vous"
            : $"« {commentaire} »";
}
