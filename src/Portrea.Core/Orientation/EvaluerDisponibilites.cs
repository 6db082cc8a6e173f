using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Orientation;

/// <summary>
/// Whether a place can receive the person on one of their half-days, read with the hours engine of the places:
/// the schedules of the services that answer the need when they have one (a permanence is held only then),
/// else the place's opening hours. Unknown hours stay unknown; they are never read as open or closed.
/// </summary>
public static class EvaluerDisponibilites
{
    public enum Etat
    {
        Ferme,
        Inconnu,
        Ouvert,
    }

    /// <summary>The state of one half-day; <paramref name="Precision"/> says when it is not every week (« une semaine sur deux »).</summary>
    public sealed record EtatDemiJournee(Disponibilite Disponibilite, Etat Etat, string? Precision);

    /// <summary>How many upcoming weeks are read for rules that do not hold every week.</summary>
    private const int SemainesLues = 6;

    public static IReadOnlyList<EtatDemiJournee> Evaluer(Lieu lieu, IReadOnlyList<ServiceLieu> services, IReadOnlyList<Disponibilite> disponibilites, DateTime maintenant)
    {
        var avecPlanning = services.Where(s => s.Creneaux.Count > 0).ToList();
        if (avecPlanning.Count > 0)
        {
            return [.. disponibilites.Select(d => Meilleur(d, avecPlanning.Select(s => ParPlanning(s, d))))];
        }

        if (lieu.Horaires is null || !HorairesOsm.TryAnalyser(lieu.Horaires, out var osm, out _))
        {
            return [.. disponibilites.Select(d => new EtatDemiJournee(d, Etat.Inconnu, "horaires non renseignés"))];
        }

        return [.. disponibilites.Select(d => ParHorairesOsm(osm, d, maintenant))];
    }

    private static EtatDemiJournee ParPlanning(ServiceLieu service, Disponibilite d)
    {
        var creneaux = service.Creneaux.Where(c => c.Jour == d.Jour).ToList();
        var etats = new List<EtatDemiJournee>();
        foreach (var creneau in creneaux)
        {
            var jour = creneau.VersPlanning();
            if (jour.Frequence == FrequencePlanning.SurRendezVous)
            {
                etats.Add(new EtatDemiJournee(d, Etat.Inconnu, $"sur rendez-vous le {d.NomJour}"));
            }
            else if (d.Couvre(jour.Plages))
            {
                var precision = jour.Frequence switch
                {
                    FrequencePlanning.SemainesImpaires => "semaines impaires",
                    FrequencePlanning.SemainesPaires => "semaines paires",
                    FrequencePlanning.PremierDuMois => $"le premier {d.NomJour} du mois",
                    FrequencePlanning.DernierDuMois => $"le dernier {d.NomJour} du mois",
                    _ => null,
                };
                etats.Add(new EtatDemiJournee(d, Etat.Ouvert, creneau.PrecisionFrequence ?? precision));
            }
        }

        return Meilleur(d, etats);
    }

    private static EtatDemiJournee ParHorairesOsm(HorairesOsm osm, Disponibilite d, DateTime maintenant)
    {
        if (d.Couvre(osm.SemaineType()[d.Jour]))
        {
            return new EtatDemiJournee(d, Etat.Ouvert, null);
        }

        // Rules restricted to some weeks or months are left out of the typical week: the coming weeks are read instead.
        var dates = ProchainesDates(d.Jour, maintenant).ToList();
        if (dates.Any(j => d.Couvre(osm.PlagesDuJour(j))))
        {
            return new EtatDemiJournee(d, Etat.Ouvert, "certaines semaines");
        }

        var milieu = (d.Fenetre.DebutMinutes + d.Fenetre.FinMinutes) / 2;
        return dates.Any(j => osm.Etat(j.ToDateTime(new TimeOnly(milieu / 60, milieu % 60))) == EtatOuverture.Inconnu)
            ? new EtatDemiJournee(d, Etat.Inconnu, osm.Commentaires.Any(c => c.Contains("rendez", StringComparison.OrdinalIgnoreCase)) ? $"sur rendez-vous le {d.NomJour}" : "horaires à confirmer")
            : new EtatDemiJournee(d, Etat.Ferme, null);
    }

    private static IEnumerable<DateOnly> ProchainesDates(DayOfWeek jour, DateTime maintenant)
    {
        var aujourdhui = DateOnly.FromDateTime(maintenant);
        var premier = aujourdhui.AddDays(((int)jour - (int)aujourdhui.DayOfWeek + 7) % 7);
        return Enumerable.Range(0, SemainesLues).Select(i => premier.AddDays(7 * i));
    }

    private static EtatDemiJournee Meilleur(Disponibilite d, IEnumerable<EtatDemiJournee> etats) =>
        etats.OrderByDescending(e => e.Etat).ThenBy(e => e.Precision is null ? 0 : 1).FirstOrDefault() ?? new EtatDemiJournee(d, Etat.Ferme, null);
}
