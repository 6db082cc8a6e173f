using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

/// <summary>
/// The link only shows a button: the link is spent by the POST, so a mail scanner that prefetches links does not
/// use it up before its owner clicks.
/// </summary>
public sealed class OuvrirLienModel(UtiliserLienConnexion utiliser, SignInManager<Utilisateur> connexion) : PageModel
{
    public bool Invalide { get; private set; }

    public void OnGet(string jeton)
    {
    }

    public async Task<IActionResult> OnPostAsync(string jeton, CancellationToken ct)
    {
        if (await utiliser.UtiliserAsync(jeton, ct) is not { } utilisateur || await connexion.UserManager.IsLockedOutAsync(utilisateur))
        {
            Invalide = true;
            return Page();
        }

        await connexion.SignInAsync(utilisateur, isPersistent: false, authenticationMethod: "lien");
        return LocalRedirect("/compte");
    }
}
