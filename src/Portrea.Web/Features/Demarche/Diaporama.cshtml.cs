using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Portraits;

namespace Portrea.Web.Features.Demarche;

/// <summary>The facilitation slides of the collaborative day: one section per slide, navigable with the keyboard, one landscape page each when printed.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class DiaporamaModel(ComposerDeroule composer, ConstruirePortrait portrait) : PageModel
{
    public VueDiaporama Vue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren) || await VueDiaporama.ChargerAsync(siren, composer, portrait, ct) is not { } vue)
        {
            return NotFound();
        }

        Vue = vue;
        return Page();
    }
}
