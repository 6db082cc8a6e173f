using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Spends a sign-in link: one conditional UPDATE marks it used only if it is still unused and unexpired, so two
/// clicks (or two instances) cannot both sign in with it.
/// </summary>
public sealed class UtiliserLienConnexion(PortreaDbContext db, TimeProvider horloge)
{
    public async Task<Utilisateur?> UtiliserAsync(string secret, CancellationToken ct)
    {
        var empreinte = SecretUsageUnique.Empreinte(secret);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var lignes = await db.LiensConnexion
            .Where(l => l.Empreinte == empreinte && l.UtiliseLe == null && l.ExpireLe > maintenant)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UtiliseLe, maintenant), ct);
        if (lignes != 1)
        {
            return null;
        }

        var utilisateurId = await db.LiensConnexion.Where(l => l.Empreinte == empreinte).Select(l => l.UtilisateurId).SingleAsync(ct);
        return await db.Users.SingleOrDefaultAsync(u => u.Id == utilisateurId, ct);
    }
}
