using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portrea.Web.Features.Portraits;

public sealed class PortraitModel(ConstruirePortrait construire) : PageModel
{
    public PortraitVue Vue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string niveau, string code, CancellationToken ct)
    {
        if (!PortraitVue.TryNiveau(niveau, out var n))
        {
            return NotFound();
        }

        var (ajouts, retraits, depuisFormulaire) = RequetePortrait.Lire(Request.Query);
        var vue = await construire.ConstruireAsync(n, code, ajouts, retraits, ct);
        if (vue is null)
        {
            return NotFound();
        }

        // The form's fields become the canonical scenario URL, which can be bookmarked, shared and printed.
        if (depuisFormulaire && vue.ErreurScenario is null)
        {
            return Redirect(vue.Lien + vue.RequeteScenario);
        }

        Vue = vue;
        return Page();
    }
}
