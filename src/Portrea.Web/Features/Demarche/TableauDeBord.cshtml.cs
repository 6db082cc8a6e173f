using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>The hub's dashboard: EPCIs per phase and strategy, places and freshness per EPCI, people reached.</summary>
[Authorize(Policy = PolitiquesPortrea.Administration)]
public sealed class TableauDeBordModel(ConstruireTableauDeBord construire, ReferentielDemarche referentiel) : PageModel
{
    public TableauDeBord Tableau { get; private set; } = null!;
    public ReferentielDemarche Referentiel => referentiel;

    public async Task OnGetAsync(CancellationToken ct) => Tableau = await construire.ConstruireAsync(ct);
}
