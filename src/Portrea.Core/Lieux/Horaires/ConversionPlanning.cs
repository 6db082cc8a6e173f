namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Reads a PorTReA service schedule back from OSM hours: every-week days come from the typical week, the other
/// frequencies from rules restricted to odd/even weeks or to the first/last weekday of the month.
/// </summary>
internal static class ConversionPlanning
{
    public static PlanningService Depuis(HorairesOsm horaires)
    {
        var jours = new List<JourPlanning>();
        var semaine = horaires.SemaineType();
        foreach (var jour in semaine.JoursOuverts)
        {
            jours.Add(Jour(jour, FrequencePlanning.ChaqueSemaine, semaine[jour]));
        }

        foreach (var regle in horaires.Regles)
        {
            if (regle.Etat == EtatRegle.Inconnu && !regle.ARestrictionDeDate && regle.Jours is { } rdv)
            {
                jours.AddRange(rdv.Jours.Select(j => new JourPlanning(j, FrequencePlanning.SurRendezVous)));
                continue;
            }

            if (!regle.ARestrictionDeDate)
            {
                if (regle.Etat == EtatRegle.Ouvert && regle.Plages.Count == 0 && regle.Jours is null && !regle.ToutLeTemps)
                {
                    throw Refus(regle, "elle ne donne pas de jours");
                }

                continue;
            }

            if (regle.Mois.Count > 0 || regle.Etat != EtatRegle.Ouvert || regle.Plages.Count == 0 || regle.Plages.Any(p => p.Fin > PlageHoraire.MinutesParJour))
            {
                throw Refus(regle, "seules les fréquences hebdomadaire, une semaine sur deux, premier ou dernier jour du mois, avec des heures le même jour, sont possibles");
            }

            var plages = regle.Plages.Select(p => new PlageHoraire(p.Debut, p.Fin)).ToList();
            if (regle.Semaines.Count > 0)
            {
                var frequence = regle.Semaines switch
                {
                    [{ Debut: 1, Fin: 53, Pas: 2 }] => FrequencePlanning.SemainesImpaires,
                    [{ Debut: 2, Fin: 52 or 53, Pas: 2 }] => FrequencePlanning.SemainesPaires,
                    _ => throw Refus(regle, "les semaines doivent être « week 01-53/2 » ou « week 02-52/2 »"),
                };
                if (regle.Jours is not { Rangs.Count: 0, Feries: false } joursSemaine)
                {
                    throw Refus(regle, "une semaine sur deux s'applique à des jours de la semaine");
                }

                jours.AddRange(joursSemaine.Jours.Select(j => Jour(j, frequence, plages)));
                continue;
            }

            if (regle.Jours is not { Feries: false, Jours.Count: 0 } rangs || rangs.Rangs.Values.Any(r => r is not ([1] or [-1])))
            {
                throw Refus(regle, "seuls le premier (« [1] ») et le dernier (« [-1] ») jour du mois sont possibles");
            }

            jours.AddRange(rangs.Rangs.Select(r => Jour(r.Key, r.Value[0] == 1 ? FrequencePlanning.PremierDuMois : FrequencePlanning.DernierDuMois, plages)));
        }

        return new PlanningService([.. jours.OrderBy(j => ((int)j.Jour + 6) % 7).ThenBy(j => j.Frequence)]);
    }

    private static JourPlanning Jour(DayOfWeek jour, FrequencePlanning frequence, IReadOnlyList<PlageHoraire> plages)
    {
        var fusionnees = SemaineHoraire.Fusionner(plages);
        return fusionnees switch
        {
            [var seule] => new JourPlanning(jour, frequence, seule),
            [var matin, var apresMidi] => new JourPlanning(jour, frequence, new(matin.DebutMinutes, apresMidi.FinMinutes), new(matin.FinMinutes, apresMidi.DebutMinutes)),
            _ => throw new FormatException($"Ce planning de service ne peut pas avoir plus de deux plages le même jour ({string.Join(",", fusionnees)}).")
        };
    }

    private static FormatException Refus(RegleHoraire regle, string raison) =>
        new($"La règle « {regle} » ne correspond pas à un planning de service PorTReA : {raison}.");
}
