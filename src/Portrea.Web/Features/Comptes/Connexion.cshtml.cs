using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

public sealed class ConnexionModel(SignInManager<Utilisateur> connexion) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [Display(Name = "Adresse électronique")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    [Display(Name = "Mot de passe")]
    public string MotDePasse { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Erreur { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var utilisateur = await connexion.UserManager.FindByEmailAsync(Email.Trim());
        var resultat = utilisateur is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await connexion.PasswordSignInAsync(utilisateur, MotDePasse, isPersistent: false, lockoutOnFailure: true);
        if (resultat.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/compte");
        }

        Erreur = resultat.IsLockedOut
            ? "Trop d'échecs : ce compte est verrouillé pour quelques minutes. Vous pouvez aussi recevoir un lien de connexion plus tard."
            : "Adresse ou mot de passe incorrect.";
        return Page();
    }
}
