using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

public sealed class LienConnexionModel(EnvoyerLienConnexion envoyer, AdressesPubliques adresses, IOptions<OptionsComptes> options) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [Display(Name = "Adresse électronique")]
    public string Email { get; set; } = "";

    public bool Envoye { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await envoyer.EnvoyerAsync(Email, adresses.LienConnexion, TimeSpan.FromMinutes(options.Value.DureeLienConnexionMinutes), ct);
        Envoye = true;
        return Page();
    }
}
