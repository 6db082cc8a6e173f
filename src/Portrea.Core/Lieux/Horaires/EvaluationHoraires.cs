namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Applies the rules to one day the way the OSM specification reads them: a normal rule (first, or after <c>;</c>)
/// replaces what earlier rules said about the days it selects; an additional rule (after <c>,</c>) adds to it.
/// </summary>
internal static class EvaluationHoraires
{
    /// <summary>The day's own ranges in minutes (ends may pass 1440 when crossing midnight) and whether its state is unknown.</summary>
    public static (List<(int Debut, int Fin)> Plages, bool Inconnu) EvaluerJour(IReadOnlyList<RegleHoraire> regles, DayOfWeek jour, DateOnly? date)
    {
        var plages = new List<(int Debut, int Fin)>();
        var inconnu = false;
        foreach (var regle in regles)
        {
            if (!regle.Selectionne(jour, date))
            {
                continue;
            }

            if (!regle.Additionnelle)
            {
                plages.Clear();
                inconnu = false;
            }

            var plagesRegle = regle.Plages.Count > 0 ? regle.Plages : [(0, PlageHoraire.MinutesParJour)];
            switch (regle.Etat)
            {
                case EtatRegle.Ouvert:
                    plages.AddRange(plagesRegle);
                    break;
                case EtatRegle.Ferme:
                    Retirer(plages, plagesRegle);
                    break;
                case EtatRegle.Inconnu:
                    inconnu = true;
                    Retirer(plages, plagesRegle);
                    break;
            }
        }

        return (plages, inconnu);
    }

    /// <summary>The ranges of a calendar day (or of a weekday of the typical week when <paramref name="date"/> is null), including what the previous day's ranges spill past midnight.</summary>
    public static (List<PlageHoraire> Plages, bool Inconnu) PlagesDuJour(IReadOnlyList<RegleHoraire> regles, DayOfWeek jour, DateOnly? date)
    {
        var (propres, inconnu) = EvaluerJour(regles, jour, date);
        var veille = (DayOfWeek)(((int)jour + 6) % 7);
        var (precedentes, _) = EvaluerJour(regles, veille, date?.AddDays(-1));
        var plages = propres
            .Select(p => (p.Debut, Fin: Math.Min(p.Fin, PlageHoraire.MinutesParJour)))
            .Concat(precedentes.Where(p => p.Fin > PlageHoraire.MinutesParJour).Select(p => (Debut: 0, Fin: p.Fin - PlageHoraire.MinutesParJour)))
            .Where(p => p.Fin > p.Debut)
            .Select(p => new PlageHoraire(p.Debut, p.Fin));
        return (SemaineHoraire.Fusionner(plages), inconnu);
    }

    private static void Retirer(List<(int Debut, int Fin)> plages, IReadOnlyList<(int Debut, int Fin)> retraits)
    {
        foreach (var (debutRetrait, finRetrait) in retraits)
        {
            var restantes = new List<(int, int)>();
            foreach (var (debut, fin) in plages)
            {
                if (fin <= debutRetrait || debut >= finRetrait)
                {
                    restantes.Add((debut, fin));
                    continue;
                }

                if (debut < debutRetrait)
                {
                    restantes.Add((debut, debutRetrait));
                }

                if (fin > finRetrait)
                {
                    restantes.Add((finRetrait, fin));
                }
            }

            plages.Clear();
            plages.AddRange(restantes);
        }
    }
}
