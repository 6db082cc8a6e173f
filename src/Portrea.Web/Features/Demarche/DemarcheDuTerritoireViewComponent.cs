using Microsoft.AspNetCore.Mvc;
using Portrea.Core.Demarche;

namespace Portrea.Web.Features.Demarche;

/// <summary>
/// The rollout section of an EPCI's page, next to its portrait: phase and phase history for everyone; who recorded
/// each move and why only for the hub and the EPCI's referents (internal notes, names).
/// </summary>
public sealed class DemarcheDuTerritoireViewComponent(ConsulterDemarche consulter, ReferentielDemarche referentiel) : ViewComponent
{
    public sealed record Modele(EtatEpci Etat, IReadOnlyList<TransitionPhase> Historique, bool Detail, ReferentielDemarche Referentiel);

    public async Task<IViewComponentResult> InvokeAsync(string siren)
    {
        var ct = HttpContext.RequestAborted;
        if (await consulter.ConsulterAsync(siren, ct) is not { } etat)
        {
            return Content("");
        }

        var detail = DroitsDemarche.Consulter(HttpContext.User, siren);
        return View("~/Features/Demarche/_DemarcheDuTerritoire.cshtml", new Modele(etat, await consulter.HistoriqueAsync(siren, ct), detail, referentiel));
    }
}
