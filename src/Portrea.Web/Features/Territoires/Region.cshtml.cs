using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public sealed class RegionModel(PortreaDbContext db) : PageModel
{
    public Region Region { get; private set; } = null!;
    public ResumerTerritoires.Resume? Resume { get; private set; }
    public IReadOnlyList<(Departement Departement, ResumerTerritoires.Resume? Resume)> Departements { get; private set; } = [];
    public IReadOnlyList<(Epci Epci, ResumerTerritoires.ResumeEpci? Resume)> Epcis { get; private set; } = [];
    public int CommunesSansEpci { get; private set; }
    public List<CarteSvg.Forme> Formes { get; private set; } = [];
    public string? MillesimePopulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == code, ct);
        if (region is null)
        {
            return NotFound();
        }

        Region = region;
        Resume = (await ResumerTerritoires.ParRegionAsync(db, ct)).GetValueOrDefault(code);
        var parDepartement = await ResumerTerritoires.ParDepartementAsync(db, ct);
        var departements = await db.Departements.Where(d => d.RegionCode == code).OrderBy(d => d.Code).ToListAsync(ct);
        Departements = [.. departements.Select(d => (d, parDepartement.GetValueOrDefault(d.Code)))];
        var sirens = await db.Communes.Where(c => c.RegionCode == code && c.EpciSiren != null).Select(c => c.EpciSiren!).Distinct().ToListAsync(ct);
        var resumes = await ResumerTerritoires.ParEpciAsync(db, sirens, ct);
        Epcis = [.. (await db.Epcis.Where(e => sirens.Contains(e.Siren)).OrderBy(e => e.Nom).ToListAsync(ct)).Select(e => (e, resumes.GetValueOrDefault(e.Siren)))];
        CommunesSansEpci = await db.Communes.CountAsync(c => c.RegionCode == code && c.EpciSiren == null, ct);
        Formes = await Contours.FormesAsync(db, NiveauTerritoire.Departement, departements.ToDictionary(d => d.Code, d => d.Nom), null, ct);
        MillesimePopulation = await Provenances.MillesimePopulationAsync(db, ct);
        return Page();
    }
}
