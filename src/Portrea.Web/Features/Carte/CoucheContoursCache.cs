using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portrea.Core.Carte;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Carte;

/// <summary>
/// Keeps the simplified outline layers built from the database. The cache key carries the import date of the contours,
/// so a new import on any instance is picked up by every instance at its next request.
/// </summary>
public sealed class CoucheContoursCache(IMemoryCache cache)
{
    public async Task<string> ObtenirAsync(PortreaDbContext db, NiveauTerritoire niveau, CancellationToken ct)
    {
        var version = await db.JeuxDeDonnees.AsNoTracking()
            .Where(j => j.Cle == CleJeux.Contours || j.Cle == CleJeux.Cog)
            .Select(j => j.ImporteLe)
            .ToListAsync(ct);
        var cle = $"couche-contours:{niveau}:{string.Join(',', version.Select(v => v.UtcTicks).Order())}";
        return (await cache.GetOrCreateAsync(cle, async entree =>
        {
            entree.SlidingExpiration = TimeSpan.FromHours(6);
            return await ConstruireCoucheContours.ConstruireAsync(db, niveau, ct);
        }))!;
    }
}
