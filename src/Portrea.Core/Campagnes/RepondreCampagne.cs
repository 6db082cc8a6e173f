using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

public enum EtatLien
{
    Valide,
    Inconnu,
    Expire,
}

/// <summary>What a personal link opens: its recipient, campaign and place (with services and contacts).</summary>
public sealed record LienCampagne(EtatLien Etat, DestinataireCampagne? Destinataire, Campagne? Campagne, Lieu? Lieu);

public enum StatutReponse
{
    Confirmee,
    Corrigee,
    LienInvalide,

    /// <summary>The form was already submitted (or another submission came in between): nothing written.</summary>
    DejaUtilise,
    Invalide,
    Conflit,
}

public sealed record ResultatReponse(StatutReponse Statut, ResultatModification? Modification = null);

/// <summary>
/// Answers through a personal link: opening it, « rien n'a changé », or a correction through <see cref="ModifierLieu"/>
/// (source « campagne », published at once: see <see cref="HistoriqueCampagne.ContactDuLieu"/>). Every submission
/// spends the use count the form was shown with, in the same transaction as what it writes, so a form sent twice
/// (double click, replay) is applied once. Everything is recorded in the place's history.
/// </summary>
public sealed class RepondreCampagne(PortreaDbContext db, ModifierLieu modifier, TimeProvider horloge)
{
    public async Task<LienCampagne> LireAsync(string secret, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var empreinte = SecretUsageUnique.Empreinte(secret);
        var trouve = await (from e in db.EnvoisCampagnes
                            join d in db.DestinatairesCampagnes on e.DestinataireId equals d.Id
                            join c in db.Campagnes on d.CampagneId equals c.Id
                            where e.EmpreinteJeton == empreinte
                            select new { d, c }).AsNoTracking().SingleOrDefaultAsync(ct);
        if (trouve is null)
        {
            return new LienCampagne(EtatLien.Inconnu, null, null, null);
        }

        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        if (trouve.c.Statut != StatutCampagne.EnCours || aujourdhui > trouve.c.Fin)
        {
            return new LienCampagne(EtatLien.Expire, trouve.d, trouve.c, null);
        }

        var identifiant = await db.Lieux.Where(l => l.Id == trouve.d.LieuId).Select(l => l.Identifiant).SingleAsync(ct);
        var lieu = await ChargerLieu.CompletAsync(db, identifiant, ct);
        return new LienCampagne(lieu is null ? EtatLien.Inconnu : EtatLien.Valide, trouve.d, trouve.c, lieu);
    }

    /// <summary>Opens the link: the first opening is recorded (recipient and history).</summary>
    public async Task<LienCampagne> OuvrirAsync(string secret, CancellationToken ct)
    {
        var lien = await LireAsync(secret, ct);
        if (lien is { Etat: EtatLien.Valide, Destinataire: { } d, Lieu: { } lieu } && d.OuvertLe is null)
        {
            var maintenant = horloge.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var premiere = await db.DestinatairesCampagnes.Where(x => x.Id == d.Id && x.OuvertLe == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OuvertLe, maintenant), ct);
            if (premiere == 1)
            {
                db.ModificationsLieux.Add(HistoriqueCampagne.Entree(lieu, maintenant, EvenementsLieu.Ouverture, HistoriqueCampagne.ContactDuLieu(lien.Campagne!.Nom)));
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            d.OuvertLe = maintenant;
        }

        return lien;
    }

    public async Task<ResultatReponse> ConfirmerAsync(string secret, int utilisation, CancellationToken ct)
    {
        var lien = await LireAsync(secret, ct);
        if (lien is not { Etat: EtatLien.Valide, Destinataire: { } d, Campagne: { } campagne })
        {
            return new ResultatReponse(StatutReponse.LienInvalide);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await UtiliserAsync(d.Id, utilisation, ct))
        {
            return new ResultatReponse(StatutReponse.DejaUtilise);
        }

        await ConfirmerDansTransactionAsync(d, campagne, ct);
        await transaction.CommitAsync(ct);
        return new ResultatReponse(StatutReponse.Confirmee);
    }

    public async Task<ResultatReponse> CorrigerAsync(string secret, int utilisation, IReadOnlyDictionary<string, string?> champs, int version, CancellationToken ct)
    {
        var lien = await LireAsync(secret, ct);
        if (lien is not { Etat: EtatLien.Valide, Destinataire: { } d, Campagne: { } campagne, Lieu: { } lieu })
        {
            return new ResultatReponse(StatutReponse.LienInvalide);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await UtiliserAsync(d.Id, utilisation, ct))
        {
            return new ResultatReponse(StatutReponse.DejaUtilise);
        }

        var resultat = await modifier.AppliquerAsync(new DemandeModification(lieu.Identifiant, champs, version, HistoriqueCampagne.ContactDuLieu(campagne.Nom), SourceModification.Campagne)
        {
            Evenement = EvenementsLieu.Correction,
        }, ct);
        switch (resultat.Statut)
        {
            case StatutModification.Applique:
                var maintenant = horloge.GetUtcNow();
                await db.DestinatairesCampagnes.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CorrigeLe, maintenant), ct);
                await transaction.CommitAsync(ct);
                return new ResultatReponse(StatutReponse.Corrigee, resultat);
            case StatutModification.SansChangement:
                // The form sent back as it was shown: the contact checked the sheet and found nothing to change.
                await ConfirmerDansTransactionAsync(d, campagne, ct);
                await transaction.CommitAsync(ct);
                return new ResultatReponse(StatutReponse.Confirmee, resultat);
            case StatutModification.Conflit:
                return new ResultatReponse(StatutReponse.Conflit, resultat);
            default:
                return new ResultatReponse(StatutReponse.Invalide, resultat);
        }
    }

    /// <summary>Spends the use the form was shown with; false when another submission spent it first.</summary>
    private async Task<bool> UtiliserAsync(int destinataireId, int utilisation, CancellationToken ct) =>
        await db.DestinatairesCampagnes.Where(x => x.Id == destinataireId && x.Utilisations == utilisation)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Utilisations, x => x.Utilisations + 1), ct) == 1;

    /// <summary>The sheet is right as it is: the date freshness is computed from moves to today, and the history says so.</summary>
    private async Task ConfirmerDansTransactionAsync(DestinataireCampagne d, Campagne campagne, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var maintenant = horloge.GetUtcNow();
        var lieu = await db.Lieux.SingleAsync(l => l.Id == d.LieuId, ct);
        lieu.DateConfirmation = DateOnly.FromDateTime(HeureDeParis.Depuis(maintenant));
        db.ModificationsLieux.Add(HistoriqueCampagne.Entree(lieu, maintenant, EvenementsLieu.Confirmation, HistoriqueCampagne.ContactDuLieu(campagne.Nom)));
        await db.SaveChangesAsync(ct);
        await db.DestinatairesCampagnes.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmeLe, maintenant), ct);
    }
}
