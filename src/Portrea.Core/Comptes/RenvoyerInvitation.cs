using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Sends a pending invitation again (lost or expired mail): a new secret replaces the old one, so the previous link
/// stops working, and the validity starts over. Only invitations within the user's scope (<see cref="PerimetreComptes"/>).
/// </summary>
public sealed class RenvoyerInvitation(PortreaDbContext db, PerimetreComptes perimetre, MettreEnBoiteEnvoi boite, TimeProvider horloge)
{
    /// <summary>The address it was sent to; null when the invitation is unknown, accepted or outside the user's scope.</summary>
    public async Task<string?> RenvoyerAsync(ClaimsPrincipal utilisateur, int id, Func<string, string> adresseDuLien, TimeSpan duree, CancellationToken ct)
    {
        if (await perimetre.InvitationsEnAttente(utilisateur).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } invitation)
        {
            return null;
        }

        var secret = SecretUsageUnique.Generer();
        var empreinte = SecretUsageUnique.Empreinte(secret);
        var expire = horloge.GetUtcNow().UtcDateTime.Add(duree);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional: an invitation accepted meanwhile keeps its spent secret and gets no new mail.
        var lignes = await db.Invitations.Where(i => i.Id == id && i.AccepteeLe == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Empreinte, empreinte).SetProperty(i => i.ExpireLe, expire), ct);
        if (lignes != 1)
        {
            return null;
        }

        var role = await Inviter.LibelleRoleAsync(db, invitation.Role, invitation.EpciSiren, invitation.StructureId, ct);
        boite.Ajouter(invitation.Email, Inviter.Sujet,
            Inviter.Corps(invitation.NomAffiche, utilisateur.FindFirstValue(ClaimTypes.Name), role, adresseDuLien(secret), duree));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invitation.Email;
    }
}
