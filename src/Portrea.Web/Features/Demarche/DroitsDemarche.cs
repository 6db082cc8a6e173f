using System.Security.Claims;
using Portrea.Core.Contributions;

namespace Portrea.Web.Features.Demarche;

/// <summary>
/// Who does what in the rollout follow-up: the hub's administrators run the pipeline (phases, strategy, referents'
/// kind, dashboard); an EPCI's referents see their EPCI's follow-up and organise its collaborative day.
/// </summary>
public static class DroitsDemarche
{
    public static bool Piloter(ClaimsPrincipal utilisateur) => DroitsLieu.EstAdministrateur(utilisateur);

    public static bool Consulter(ClaimsPrincipal utilisateur, string siren) => DroitsLieu.Modere(utilisateur, siren);

    /// <summary>Organising the collaborative day is the referents' mission (with the hub's support).</summary>
    public static bool OrganiserJournee(ClaimsPrincipal utilisateur, string siren) => DroitsLieu.Modere(utilisateur, siren);

    /// <summary>EPCIs whose follow-up the user sees: null for every EPCI (administrators).</summary>
    public static IReadOnlyCollection<string>? Perimetre(ClaimsPrincipal utilisateur) =>
        Piloter(utilisateur) ? null : [.. DroitsLieu.EpcisReferent(utilisateur)];
}
