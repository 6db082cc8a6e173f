using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>The rollout pipeline: every EPCI by phase, as a board of lists or as a table; referents see their own EPCIs.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class IndexModel(ConsulterDemarche consulter, ReferentielDemarche referentiel) : PageModel
{
    public IReadOnlyList<EtatEpci> Epcis { get; private set; } = [];
    public ReferentielDemarche Referentiel => referentiel;
    public bool Tableau { get; private set; }
    public bool Pilote => DroitsDemarche.Piloter(User);

    public async Task OnGetAsync(string? vue, CancellationToken ct)
    {
        Tableau = vue == "tableau";
        Epcis = await consulter.ListerAsync(DroitsDemarche.Perimetre(User), ct);
    }

    public IEnumerable<(string Id, string Libelle, IReadOnlyList<EtatEpci> Epcis)> Colonnes()
    {
        yield return ("sans-phase", "Pas encore en contact", [.. Epcis.Where(e => e.Phase is null)]);
        foreach (var phase in Enum.GetValues<PhaseDemarche>())
        {
            yield return (phase.Code(), referentiel.Phase(phase).Libelle, [.. Epcis.Where(e => e.Phase == phase)]);
        }
    }
}
