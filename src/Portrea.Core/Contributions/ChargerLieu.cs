using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

/// <summary>A place with everything its sheet shows and its editors change: services with slots, contacts, structures.</summary>
public static class ChargerLieu
{
    public static Task<Lieu?> CompletAsync(PortreaDbContext db, string identifiant, CancellationToken ct, bool suivi = false)
    {
        var requete = db.Lieux
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Services).ThenInclude(s => s.Structure)
            .Include(l => l.Contacts)
            .Include(l => l.Structure)
            .AsSplitQuery();
        return (suivi ? requete : requete.AsNoTracking()).FirstOrDefaultAsync(l => l.Identifiant == identifiant, ct);
    }
}
