using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>The facilitation method of the collaborative day, for the people who organise it (participants' names shown).</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class DerouleModel(ComposerDeroule composer) : PageModel
{
    public DerouleJournee Deroule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren) || await composer.ComposerAsync(siren, ct) is not { } deroule)
        {
            return NotFound();
        }

        Deroule = deroule;
        return Page();
    }
}
