using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>Sets (or clears, with null) whether a referent of an EPCI is its institutional or its associative referent.</summary>
public sealed class QualifierReferent(PortreaDbContext db)
{
    public async Task<string?> QualifierAsync(string siren, string utilisateurId, string? nature, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(nature) && !NatureReferent.Valide(nature))
        {
            return $"Nature inconnue « {nature} » : institutionnel ou associatif.";
        }

        if (!await db.AffectationsRoles.AnyAsync(a => a.UtilisateurId == utilisateurId && a.Role == RevendicationsPortrea.RoleReferent && a.EpciSiren == siren, ct))
        {
            return "Cette personne n'est pas référente de cet EPCI.";
        }

        var existante = await db.NaturesReferents.SingleOrDefaultAsync(n => n.EpciSiren == siren && n.UtilisateurId == utilisateurId, ct);
        if (string.IsNullOrEmpty(nature))
        {
            if (existante is not null)
            {
                db.NaturesReferents.Remove(existante);
            }
        }
        else if (existante is null)
        {
            db.NaturesReferents.Add(new NatureReferent { EpciSiren = siren, UtilisateurId = utilisateurId, Nature = nature });
        }
        else
        {
            existante.Nature = nature;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
