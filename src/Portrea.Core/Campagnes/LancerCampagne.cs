using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portrea.Core.Comptes;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>
/// Launches a campaign and queues its e-mails. The launch is one conditional update (planned → running) with the
/// recipients fixed in the same transaction, so only one instance launches it. Each e-mail is then queued alone, in
/// one transaction with its <see cref="EnvoiCampagne"/> row, whose (recipient, rank) is unique: an instance killed
/// midway leaves either both or neither, and a second instance or a restart resumes with the places not yet written to.
/// </summary>
public sealed class LancerCampagne(PortreaDbContext db, MettreEnBoiteEnvoi boite, TimeProvider horloge, ILogger<LancerCampagne> logger)
{
    /// <summary>Planned → running, with its recipients; false when it was not planned any more (another instance launched it).</summary>
    public async Task<bool> DemarrerAsync(int campagneId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var maintenant = horloge.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var lignes = await db.Campagnes.Where(c => c.Id == campagneId && c.Statut == StatutCampagne.Planifiee)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Statut, StatutCampagne.EnCours).SetProperty(c => c.LanceeLe, maintenant), ct);
        if (lignes != 1)
        {
            return false;
        }

        var epci = await db.Campagnes.Where(c => c.Id == campagneId).Select(c => c.EpciSiren).SingleAsync(ct);
        var prevus = await ChoisirDestinataires.ListerAsync(db, epci, ct);
        db.DestinatairesCampagnes.AddRange(prevus.Where(p => p.Courriel is not null)
            .Select(p => new DestinataireCampagne { CampagneId = campagneId, LieuId = p.LieuId, Courriel = p.Courriel! }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Queues what is due for a running campaign: the first e-mail of every recipient not yet written to, then the
    /// latest reminder due to those who have not answered. At most <paramref name="maximum"/> e-mails; returns how many.
    /// </summary>
    public async Task<int> EnvoyerAsync(int campagneId, int maximum, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var campagne = await db.Campagnes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campagneId, ct);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        if (campagne is not { Statut: StatutCampagne.EnCours, LanceeLe: { } lancee } || aujourdhui > campagne.Fin || maximum <= 0)
        {
            return 0;
        }

        var territoire = await db.Epcis.Where(e => e.Siren == campagne.EpciSiren).Select(e => e.Nom).SingleOrDefaultAsync(ct) ?? campagne.EpciSiren;
        var premiers = await db.DestinatairesCampagnes.AsNoTracking()
            .Where(d => d.CampagneId == campagneId && !db.EnvoisCampagnes.Any(e => e.DestinataireId == d.Id && e.Rang == 0))
            .OrderBy(d => d.Id).Take(maximum).ToListAsync(ct);
        var envoyes = 0;
        foreach (var destinataire in premiers)
        {
            envoyes += await EnvoyerUnAsync(campagne, territoire, destinataire, 0, ct) ? 1 : 0;
        }

        var maintenant = horloge.GetUtcNow();
        var relances = campagne.Relances();
        var rang = relances.Count(delai => lancee.AddDays(delai) <= maintenant);
        if (rang == 0 || envoyes >= maximum)
        {
            return envoyes;
        }

        // Only the latest reminder due: after a long stop, nobody gets two reminders at once. A refused address is not retried.
        var aRelancer = await db.DestinatairesCampagnes.AsNoTracking()
            .Where(d => d.CampagneId == campagneId && d.ConfirmeLe == null && d.CorrigeLe == null
                && db.EnvoisCampagnes.Any(e => e.DestinataireId == d.Id && e.Rang == 0 && e.MessageSortant!.RefuseLe == null)
                && !db.EnvoisCampagnes.Any(e => e.DestinataireId == d.Id && e.Rang >= rang))
            .OrderBy(d => d.Id).Take(maximum - envoyes).ToListAsync(ct);
        foreach (var destinataire in aRelancer)
        {
            envoyes += await EnvoyerUnAsync(campagne, territoire, destinataire, rang, ct) ? 1 : 0;
        }

        return envoyes;
    }

    /// <summary>Queues one e-mail with its send record and history entry in one transaction; false if it was already queued.</summary>
    private async Task<bool> EnvoyerUnAsync(Campagne campagne, string territoire, DestinataireCampagne destinataire, int rang, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var lieu = await db.Lieux.AsNoTracking().SingleOrDefaultAsync(l => l.Id == destinataire.LieuId, ct);
        if (lieu is null)
        {
            return false;
        }

        var secret = SecretUsageUnique.Generer();
        var (sujet, corps) = MessageCampagne.Fusionner(campagne, lieu, territoire, MessageCampagne.Lien(campagne.AdresseBase, secret), relance: rang > 0);
        var maintenant = horloge.GetUtcNow();
        db.EnvoisCampagnes.Add(new EnvoiCampagne
        {
            DestinataireId = destinataire.Id,
            Rang = rang,
            EmpreinteJeton = SecretUsageUnique.Empreinte(secret),
            MessageSortant = boite.Ajouter(destinataire.Courriel, sujet, corps),
            CreeLe = maintenant,
        });
        db.ModificationsLieux.Add(HistoriqueCampagne.Entree(lieu, maintenant, rang == 0 ? EvenementsLieu.EnvoiCampagne : EvenementsLieu.RelanceCampagne, null));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            // The unique (recipient, rank) key: another instance queued this very e-mail first; nothing of ours was written.
            logger.LogInformation(e, "Envoi {Rang} de la campagne {Campagne} au lieu {Lieu} déjà enregistré ailleurs.", rang, campagne.Id, lieu.Id);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
