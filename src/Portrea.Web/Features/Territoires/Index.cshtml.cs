using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Territoires;

public sealed class IndexModel(PortreaDbContext db) : PageModel
{
    public sealed record LigneDepartement(Departement Departement, ResumerTerritoires.Resume? Resume, int NombreEpci);

    public sealed record BlocRegion(Region Region, ResumerTerritoires.Resume? Resume, IReadOnlyList<LigneDepartement> Departements);

    public IReadOnlyList<BlocRegion> Regions { get; private set; } = [];
    public string? MillesimePopulation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var parRegion = await ResumerTerritoires.ParRegionAsync(db, ct);
        var parDepartement = await ResumerTerritoires.ParDepartementAsync(db, ct);
        var epci = await db.Communes.Where(c => c.EpciSiren != null)
            .Select(c => new { c.DepartementCode, c.EpciSiren }).Distinct()
            .GroupBy(x => x.DepartementCode).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var departements = await db.Departements.OrderBy(d => d.Code).ToListAsync(ct);
        Regions = [.. (await db.Regions.OrderBy(r => r.Nom).ToListAsync(ct)).Select(r => new BlocRegion(
            r,
            parRegion.GetValueOrDefault(r.Code),
            [.. departements.Where(d => d.RegionCode == r.Code).Select(d => new LigneDepartement(d, parDepartement.GetValueOrDefault(d.Code), epci.GetValueOrDefault(d.Code)))]))];
        MillesimePopulation = await Provenances.MillesimePopulationAsync(db, ct);
    }
}
