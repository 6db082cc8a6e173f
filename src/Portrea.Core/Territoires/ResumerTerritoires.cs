using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Territoires;

/// <summary>Population and counts of territories, summed from their communes (population municipale).</summary>
public static class ResumerTerritoires
{
    public sealed record Resume(string Code, long? Population, int NombreCommunes, int CommunesSansPopulation);

    public sealed record ResumeEpci(string Siren, long? Population, int NombreCommunes, IReadOnlyList<string> Departements);

    public static async Task<Dictionary<string, Resume>> ParDepartementAsync(PortreaDbContext db, CancellationToken ct) =>
        await db.Communes
            .GroupBy(c => c.DepartementCode)
            .Select(g => new Resume(g.Key, g.Sum(c => (long?)c.PopulationMunicipale), g.Count(), g.Count(c => c.PopulationMunicipale == null)))
            .ToDictionaryAsync(r => r.Code, ct);

    public static async Task<Dictionary<string, Resume>> ParRegionAsync(PortreaDbContext db, CancellationToken ct) =>
        await db.Communes
            .GroupBy(c => c.RegionCode)
            .Select(g => new Resume(g.Key, g.Sum(c => (long?)c.PopulationMunicipale), g.Count(), g.Count(c => c.PopulationMunicipale == null)))
            .ToDictionaryAsync(r => r.Code, ct);

    /// <summary>Per EPCI, what lies in the loaded territory: its communes there, their population and départements.</summary>
    public static async Task<Dictionary<string, ResumeEpci>> ParEpciAsync(PortreaDbContext db, IReadOnlyCollection<string>? sirens, CancellationToken ct)
    {
        var requete = db.Communes.Where(c => c.EpciSiren != null);
        if (sirens is not null)
        {
            requete = requete.Where(c => sirens.Contains(c.EpciSiren!));
        }

        var lignes = await requete
            .GroupBy(c => new { c.EpciSiren, c.DepartementCode })
            .Select(g => new { g.Key.EpciSiren, g.Key.DepartementCode, Population = g.Sum(c => (long?)c.PopulationMunicipale), Nombre = g.Count() })
            .ToListAsync(ct);
        return lignes
            .GroupBy(l => l.EpciSiren!)
            .ToDictionary(
                g => g.Key,
                g => new ResumeEpci(g.Key, g.Sum(l => l.Population), g.Sum(l => l.Nombre), [.. g.Select(l => l.DepartementCode).Order(StringComparer.Ordinal)]));
    }

    /// <summary>The current commune for a code, following merges and delegated communes.</summary>
    public static async Task<string?> CodeActuelAsync(PortreaDbContext db, string code, CancellationToken ct)
    {
        if (await db.Communes.AnyAsync(c => c.Code == code, ct))
        {
            return code;
        }

        return await db.CodesHistoriques.Where(h => h.AncienCode == code).Select(h => h.CodeActuel).FirstOrDefaultAsync(ct);
    }
}
