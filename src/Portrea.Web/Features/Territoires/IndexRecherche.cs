using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Territoires;

/// <summary>The search index of territory names, rebuilt when the territories are imported again (on any instance).</summary>
public sealed class IndexRecherche(IMemoryCache cache)
{
    public async Task<IReadOnlyList<RechercherTerritoires.Resultat>> ChercherAsync(PortreaDbContext db, string texte, int nombre, CancellationToken ct)
    {
        var version = await db.JeuxDeDonnees.AsNoTracking().Where(j => j.Cle == CleJeux.Cog).Select(j => j.ImporteLe).FirstOrDefaultAsync(ct);
        var index = (await cache.GetOrCreateAsync($"index-recherche:{version.UtcTicks}", async entree =>
        {
            entree.SlidingExpiration = TimeSpan.FromHours(6);
            return await RechercherTerritoires.IndexAsync(db, ct);
        }))!;
        return RechercherTerritoires.Chercher(index, texte, nombre);
    }
}
