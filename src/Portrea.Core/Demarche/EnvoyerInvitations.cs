using Microsoft.EntityFrameworkCore;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>
/// Queues the invitation for every participant with an e-mail address in the outbox (sent by the background service
/// of any instance) and records when; sending again sends a reminder to everyone listed.
/// </summary>
public sealed class EnvoyerInvitations(PortreaDbContext db, ComposerInvitation composer, MettreEnBoiteEnvoi boite, TimeProvider horloge)
{
    public async Task<int?> EnvoyerAsync(string siren, CancellationToken ct)
    {
        if (await composer.ComposerAsync(siren, ct) is not { } invitation)
        {
            return null;
        }

        var adresses = await db.ParticipantsJournees.Where(p => p.EpciSiren == siren && p.Courriel != null).Select(p => p.Courriel!).ToListAsync(ct);
        foreach (var adresse in adresses.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            boite.Ajouter(adresse, invitation.Sujet, invitation.Corps);
        }

        var journee = await db.JourneesCollaboratives.SingleOrDefaultAsync(j => j.EpciSiren == siren, ct);
        if (journee is null)
        {
            journee = new JourneeCollaborative { EpciSiren = siren };
            db.JourneesCollaboratives.Add(journee);
        }

        journee.InvitationEnvoyeeLe = horloge.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return adresses.Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }
}
