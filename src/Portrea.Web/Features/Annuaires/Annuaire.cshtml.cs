using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portrea.Web.Features.Annuaires;

public sealed class AnnuaireModel(ConstruireAnnuaire construire) : PageModel
{
    public AnnuaireVue Vue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string niveau, string code, CancellationToken ct)
    {
        if (AnnuairesPdf.Niveau(niveau) is not { } n || await construire.ConstruireAsync(n, code, ct) is not { } vue)
        {
            return NotFound();
        }

        Vue = vue;
        return Page();
    }
}
