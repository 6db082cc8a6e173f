using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Erasure on request: the account goes with its roles, tokens and links (cascade), and the mail addressed to it and
/// invitations sent to its address are deleted too. Returns false for an unknown id.
/// </summary>
public sealed class EffacerUtilisateur(PortreaDbContext db)
{
    public async Task<bool> EffacerAsync(string utilisateurId, CancellationToken ct)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == utilisateurId, ct) is not { } utilisateur)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (utilisateur.Email is { } email)
        {
            await db.MessagesSortants.Where(m => m.Destinataire == email).ExecuteDeleteAsync(ct);
            await db.Invitations.Where(i => i.Email == email).ExecuteDeleteAsync(ct);
        }

        await db.Invitations.Where(i => i.InviteParId == utilisateurId).ExecuteUpdateAsync(s => s.SetProperty(i => i.InviteParId, (string?)null), ct);
        db.Users.Remove(utilisateur);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
