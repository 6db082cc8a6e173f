using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public sealed class EpciModel(PortreaDbContext db) : PageModel
{
    public Epci Epci { get; private set; } = null!;
    public IReadOnlyList<Commune> Communes { get; private set; } = [];
    public IReadOnlyList<EpciMembre> MembresHorsTerritoire { get; private set; } = [];
    public IReadOnlyList<Departement> Departements { get; private set; } = [];
    public Region? Region { get; private set; }
    public long? PopulationDansTerritoire { get; private set; }
    public List<CarteSvg.Forme> Formes { get; private set; } = [];
    public string? MillesimePopulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string siren, CancellationToken ct)
    {
        var epci = await db.Epcis.Include(e => e.Membres).FirstOrDefaultAsync(e => e.Siren == siren, ct);
        if (epci is null)
        {
            return NotFound();
        }

        Epci = epci;
        Communes = await db.Communes.Where(c => c.EpciSiren == siren).OrderBy(c => c.Nom).ToListAsync(ct);
        var codes = Communes.Select(c => c.Code).ToHashSet();
        MembresHorsTerritoire = [.. epci.Membres.Where(m => !codes.Contains(m.CommuneCode)).OrderBy(m => m.CommuneCode, StringComparer.Ordinal)];
        var codesDepartements = Communes.Select(c => c.DepartementCode).Distinct().ToList();
        Departements = await db.Departements.Where(d => codesDepartements.Contains(d.Code)).OrderBy(d => d.Code).ToListAsync(ct);
        var codeRegion = Communes.Select(c => c.RegionCode).FirstOrDefault();
        Region = await db.Regions.FirstOrDefaultAsync(r => r.Code == codeRegion, ct);
        PopulationDansTerritoire = Communes.Any(c => c.PopulationMunicipale is null) ? null : Communes.Sum(c => (long)c.PopulationMunicipale!.Value);
        Formes = await Contours.FormesAsync(db, NiveauTerritoire.Commune, Communes.ToDictionary(c => c.Code, c => c.Nom), null, ct);
        MillesimePopulation = await Provenances.MillesimePopulationAsync(db, ct);
        return Page();
    }
}
