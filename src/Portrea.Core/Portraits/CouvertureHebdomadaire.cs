using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Portraits;

/// <summary>Which half-days of a typical week a schedule covers, and the hours of help a service brings.</summary>
public static class CouvertureHebdomadaire
{
    /// <summary>
    /// The service's hours and half-days from its own schedule; when it has none, the place's opening hours, flagged,
    /// since a place open 40 hours does not necessarily hold that service all along.
    /// </summary>
    public static OffreService Offre(ServiceLieu service, string? horairesLieu)
    {
        var heures = service.HeuresHebdomadaires();
        var planning = service.Creneaux.Count > 0 ? service.Planning() : null;
        var demiJournees = planning is null ? new HashSet<DemiJournee>() : DemiJournees(planning);
        if (heures is not null || planning is not null)
        {
            return new OffreService(service.Categorie, service.Nom, heures, false, demiJournees);
        }

        if (horairesLieu is not null && HorairesOsm.TryAnalyser(horairesLieu, out var osm, out _) && !osm.SemaineType().EstFermee)
        {
            var semaine = osm.SemaineType();
            return new OffreService(service.Categorie, service.Nom, semaine.HeuresParSemaine(), true, DemiJournees(semaine));
        }

        return new OffreService(service.Categorie, service.Nom, null, false, demiJournees);
    }

    public static HashSet<DemiJournee> DemiJournees(PlanningService planning)
    {
        var resultat = new HashSet<DemiJournee>();
        foreach (var jour in planning.Jours.Where(j => j.Frequence != FrequencePlanning.SurRendezVous))
        {
            Ajouter(resultat, jour.Jour, jour.Plages);
        }

        return resultat;
    }

    public static HashSet<DemiJournee> DemiJournees(SemaineHoraire semaine)
    {
        var resultat = new HashSet<DemiJournee>();
        foreach (var jour in DemiJournee.Jours)
        {
            Ajouter(resultat, jour, semaine[jour]);
        }

        return resultat;
    }

    private static void Ajouter(HashSet<DemiJournee> resultat, DayOfWeek jour, IEnumerable<PlageHoraire> plages)
    {
        if (jour == DayOfWeek.Sunday)
        {
            return;
        }

        foreach (var plage in plages)
        {
            if (plage.DebutMinutes < DemiJournee.Midi)
            {
                resultat.Add(new DemiJournee(jour, true));
            }

            if (plage.FinMinutes > DemiJournee.Midi)
            {
                resultat.Add(new DemiJournee(jour, false));
            }
        }
    }
}
