using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public sealed class DepartementModel(PortreaDbContext db) : PageModel
{
    public Departement Departement { get; private set; } = null!;
    public Region? Region { get; private set; }
    public ResumerTerritoires.Resume? Resume { get; private set; }
    public IReadOnlyList<(Epci Epci, ResumerTerritoires.ResumeEpci? Resume)> Epcis { get; private set; } = [];
    public IReadOnlyList<Commune> Communes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> NomsEpci { get; private set; } = new Dictionary<string, string>();
    public List<CarteSvg.Forme> Formes { get; private set; } = [];
    public string? MillesimePopulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var departement = await db.Departements.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (departement is null)
        {
            return NotFound();
        }

        Departement = departement;
        Region = await db.Regions.FirstOrDefaultAsync(r => r.Code == departement.RegionCode, ct);
        Resume = (await ResumerTerritoires.ParDepartementAsync(db, ct)).GetValueOrDefault(code);
        Communes = await db.Communes.Where(c => c.DepartementCode == code).OrderBy(c => c.Nom).ToListAsync(ct);
        var sirens = Communes.Where(c => c.EpciSiren != null).Select(c => c.EpciSiren!).Distinct().ToList();
        var epcis = await db.Epcis.Where(e => sirens.Contains(e.Siren)).OrderBy(e => e.Nom).ToListAsync(ct);
        var resumes = await ResumerTerritoires.ParEpciAsync(db, sirens, ct);
        Epcis = [.. epcis.Select(e => (e, resumes.GetValueOrDefault(e.Siren)))];
        NomsEpci = epcis.ToDictionary(e => e.Siren, e => e.Nom);
        Formes = await Contours.FormesAsync(db, NiveauTerritoire.Commune, Communes.ToDictionary(c => c.Code, c => c.Nom), null, ct);
        MillesimePopulation = await Provenances.MillesimePopulationAsync(db, ct);
        return Page();
    }
}
