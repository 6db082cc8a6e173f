using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.AnnuaireDuReseau;

/// <summary>The « qui fait quoi » grid of an EPCI for its collaborative days: need categories by commune, printable.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class QuiFaitQuoiModel(PortreaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "epci")]
    public string? Epci { get; set; }

    public AccesReseau Acces { get; private set; } = null!;
    public QuiFaitQuoi? Grille { get; private set; }

    public string Lien(string? commune, CategorieBesoin besoin) =>
        "/reseau" + RequeteReseau.Chaine(Grille!.EpciSiren, new FiltresReseau { CommuneCode = commune, Besoin = besoin });

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Acces = await AccesReseau.ResoudreAsync(db, User, Epci, ct);
        switch (Acces.Refus)
        {
            case RefusReseau.Introuvable:
                return NotFound();
            case RefusReseau.Interdit:
                return Forbid();
            case RefusReseau.AChoisir:
                return Page();
        }

        Grille = CalculerQuiFaitQuoi.Calculer((await ChargerReseau.ChargerAsync(db, Acces.Siren!, ct))!);
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}
