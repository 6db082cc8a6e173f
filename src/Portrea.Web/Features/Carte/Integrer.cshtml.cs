using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Carte;

/// <summary>The map for a partner's site, in an iframe: one territory, no page chrome.</summary>
public sealed class IntegrerModel(PortreaDbContext db, CalculerIndicateurs indicateurs, IOptions<CarteOptions> options) : PageModel
{
    public FiltresCarte Filtres { get; private set; } = null!;
    public string Configuration { get; private set; } = "{}";
    public string NomTerritoire { get; private set; } = "Bretagne";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Filtres = FiltresCarte.Lire(Request.Query);
        double[]? cadre = null;
        object? territoire = null;
        if (Filtres.Territoire is not null)
        {
            if (!NiveauTerritoireTexte.TryParse(Filtres.TerritoireNiveau, out var niveau) || Filtres.TerritoireCode is null
                || niveau == NiveauTerritoire.Region)
            {
                return BadRequest("« territoire » doit être de la forme epci:<SIREN>, commune:<code INSEE> ou departement:<code>.");
            }

            var contour = await db.Contours.AsNoTracking().FirstOrDefaultAsync(c => c.Niveau == niveau && c.Code == Filtres.TerritoireCode, ct);
            if (contour is null)
            {
                return NotFound();
            }

            cadre = [contour.MinLongitude, contour.MinLatitude, contour.MaxLongitude, contour.MaxLatitude];
            territoire = new { niveau = niveau.Code(), code = Filtres.TerritoireCode };
            NomTerritoire = await Territoires.TerritoiresApi.NomAsync(db, niveau, Filtres.TerritoireCode, ct) ?? Filtres.TerritoireCode;
        }

        Configuration = ConfigurationNavigateur.Ecrire(options.Value, ChargerChoix.Charger(indicateurs), cadre, territoire);
        return Page();
    }
}
