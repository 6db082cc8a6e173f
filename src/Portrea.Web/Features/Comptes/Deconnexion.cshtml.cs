using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

public sealed class DeconnexionModel(SignInManager<Utilisateur> connexion) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await connexion.SignOutAsync();
        return LocalRedirect("/");
    }
}
