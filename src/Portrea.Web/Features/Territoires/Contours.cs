using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Territoires;

public static class Contours
{
    public static async Task<List<CarteSvg.Forme>> FormesAsync(
        PortreaDbContext db, NiveauTerritoire niveau, IReadOnlyDictionary<string, string> nomsParCode, string? accent, CancellationToken ct)
    {
        var codes = nomsParCode.Keys.ToList();
        var contours = await db.Contours.AsNoTracking().Where(c => c.Niveau == niveau && codes.Contains(c.Code)).ToListAsync(ct);
        return [.. contours.Select(c => new CarteSvg.Forme(c.Code, nomsParCode[c.Code], c.GeoJson, c.Code == accent))];
    }
}
