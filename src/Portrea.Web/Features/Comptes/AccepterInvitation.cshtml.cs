using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

public sealed class AccepterInvitationModel(AccepterInvitation accepter, SignInManager<Utilisateur> connexion) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [Display(Name = "Mot de passe (12 caractères au moins)")]
    public string MotDePasse { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Confirmez le mot de passe.")]
    [Compare(nameof(MotDePasse), ErrorMessage = "Les deux mots de passe diffèrent.")]
    [Display(Name = "Confirmation du mot de passe")]
    public string Confirmation { get; set; } = "";

    public Invitation? Invitation { get; private set; }

    public IReadOnlyList<string> Erreurs { get; private set; } = [];

    public async Task OnGetAsync(string jeton, CancellationToken ct) => Invitation = await accepter.TrouverAsync(jeton, ct);

    public async Task<IActionResult> OnPostAsync(string jeton, CancellationToken ct)
    {
        Invitation = await accepter.TrouverAsync(jeton, ct);
        if (Invitation is null || !ModelState.IsValid)
        {
            return Page();
        }

        var resultat = await accepter.AccepterAsync(jeton, MotDePasse, ct);
        if (resultat.Utilisateur is not { } utilisateur)
        {
            Erreurs = resultat.Erreurs;
            return Page();
        }

        await connexion.SignInAsync(utilisateur, isPersistent: false, authenticationMethod: "invitation");
        return LocalRedirect("/compte");
    }
}
