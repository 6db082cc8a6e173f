using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public sealed class CommuneModel(PortreaDbContext db) : PageModel
{
    public Commune Commune { get; private set; } = null!;
    public Departement? Departement { get; private set; }
    public Region? Region { get; private set; }
    public Epci? Epci { get; private set; }
    public IReadOnlyList<CodeHistorique> AnciennesCommunes { get; private set; } = [];
    public List<CarteSvg.Forme> Formes { get; private set; } = [];
    public string? MillesimePopulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var actuel = await ResumerTerritoires.CodeActuelAsync(db, code, ct);
        if (actuel is null)
        {
            return NotFound();
        }

        if (actuel != code)
        {
            return RedirectToPage(new { code = actuel });
        }

        Commune = await db.Communes.FirstAsync(c => c.Code == code, ct);
        Departement = await db.Departements.FirstOrDefaultAsync(d => d.Code == Commune.DepartementCode, ct);
        Region = await db.Regions.FirstOrDefaultAsync(r => r.Code == Commune.RegionCode, ct);
        Epci = Commune.EpciSiren is null ? null : await db.Epcis.FirstOrDefaultAsync(e => e.Siren == Commune.EpciSiren, ct);
        AnciennesCommunes = await db.CodesHistoriques.Where(h => h.CodeActuel == code).OrderBy(h => h.Nom).ToListAsync(ct);
        Formes = await Contours.FormesAsync(db, NiveauTerritoire.Commune, new Dictionary<string, string> { [code] = Commune.Nom }, code, ct);
        MillesimePopulation = await Provenances.MillesimePopulationAsync(db, ct);
        return Page();
    }
}
