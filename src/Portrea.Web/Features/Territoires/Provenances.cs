using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Web.Features.Territoires;

public static class Provenances
{
    public static Task<string?> MillesimePopulationAsync(PortreaDbContext db, CancellationToken ct) =>
        db.JeuxDeDonnees.Where(j => j.Cle == CleJeux.Population).Select(j => j.Millesime).FirstOrDefaultAsync(ct);
}
