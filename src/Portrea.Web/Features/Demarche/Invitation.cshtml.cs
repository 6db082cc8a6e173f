using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>The invitation to the collaborative day, filled with the territory's data, to print or copy.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class InvitationModel(ComposerInvitation composer) : PageModel
{
    public string Siren { get; private set; } = "";
    public InvitationComposee Invitation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren) || await composer.ComposerAsync(siren, ct) is not { } invitation)
        {
            return NotFound();
        }

        Siren = siren;
        Invitation = invitation;
        return Page();
    }
}
