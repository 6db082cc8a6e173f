using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Portrea.Core.Comptes;

/// <summary>
/// Cancels a pending invitation within the user's scope: it is deleted (with the address it holds), so its link no
/// longer opens anything. An invitation already accepted is not touched.
/// </summary>
public sealed class AnnulerInvitation(PerimetreComptes perimetre)
{
    /// <summary>The address of the cancelled invitation; null when unknown, accepted or outside the user's scope.</summary>
    public async Task<string?> AnnulerAsync(ClaimsPrincipal utilisateur, int id, CancellationToken ct)
    {
        var invitations = perimetre.InvitationsEnAttente(utilisateur).Where(i => i.Id == id);
        var email = await invitations.Select(i => i.Email).SingleOrDefaultAsync(ct);
        return email is not null && await invitations.ExecuteDeleteAsync(ct) == 1 ? email : null;
    }
}
