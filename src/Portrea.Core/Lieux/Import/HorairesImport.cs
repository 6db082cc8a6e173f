using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Lieux.Import;

/// <summary>Opening hours on import: OSM syntax checked with the hours engine, schedules derived for the services.</summary>
public static class HorairesImport
{
    /// <summary>Null when valid, else the French reason.</summary>
    public static string? Valider(string horaires) =>
        HorairesOsm.TryAnalyser(horaires, out _, out var erreur) ? null : $"horaires OSM invalides « {horaires} » : {erreur}";

    /// <summary>Weekly slots of a service open during the place's hours, when those hours fit a per-day schedule.</summary>
    public static List<CreneauService> Creneaux(string? horaires)
    {
        if (horaires is null || !HorairesOsm.TryAnalyser(horaires, out var osm, out _)
            || !PlanningService.TryFromOsm(osm, out var planning, out _) || planning is null)
        {
            return [];
        }

        return [.. planning.Jours.Select(CreneauService.Depuis)];
    }
}
