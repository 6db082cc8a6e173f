using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>What an erasure removed; <see cref="Conflit"/> when a sheet changed meanwhile and nothing was done.</summary>
public sealed record ResultatEffacement(int Contacts, int Lieux, int EntreesHistorique, int Propositions, int Messages, bool Conflit)
{
    public bool Rien => !Conflit && Contacts + Lieux + EntreesHistorique + Propositions + Messages == 0;
}

/// <summary>
/// Erasure on request of a place contact, within the user's places, in one transaction: the person's contacts leave
/// their places; in the history their values become <see cref="ContactEfface"/> (the change itself stays); proposals
/// lose the person's address and proposed contact; mail to the address is deleted. Each place concerned gets a new
/// version and a history entry « effacement » without the values.
/// </summary>
/// <remarks>
/// It does not go through <see cref="ModifierLieu"/>: that one validates the whole sheet, and a legal erasure must not
/// wait for an unrelated field to be fixed. The new version still makes a concurrent editor's stale save fail (412),
/// so the erased values cannot come back through a form opened before.
/// </remarks>
public sealed class EffacerPersonne(PortreaDbContext db, RechercherPersonne rechercher, TimeProvider horloge)
{
    public async Task<ResultatEffacement> EffacerAsync(ClaimsPrincipal utilisateur, PersonneRecherchee personne, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var trouve = await rechercher.RechercherAsync(utilisateur, personne, suivi: true, ct);
        if (trouve.Vide)
        {
            return new ResultatEffacement(0, 0, 0, 0, 0, false);
        }

        foreach (var entree in trouve.Historique)
        {
            entree.Changements = ChangementChamp.Ecrire(entree.LireChangements().Select(c => c.Champ == ChampsLieu.Contacts
                ? c with { Avant = ContactEfface.Masquer(c.Avant, personne), Apres = ContactEfface.Masquer(c.Apres, personne) }
                : c));
        }

        foreach (var proposition in trouve.Propositions)
        {
            if (personne.CorrespondCourriel(proposition.Courriel))
            {
                proposition.Courriel = null;
            }

            var champs = proposition.LireChamps();
            if (champs.TryGetValue(ChampsLieu.Contacts, out var contacts))
            {
                champs[ChampsLieu.Contacts] = ContactEfface.Retirer(contacts, personne);
                proposition.Champs = JsonSerializer.Serialize(champs, ChangementChamp.Json);
            }
        }

        db.MessagesSortants.RemoveRange(trouve.Messages);
        var lieuxConcernes = trouve.LieuxConcernes.ToList();
        var lieux = await db.Lieux.Include(l => l.Contacts).Where(l => lieuxConcernes.Contains(l.Id)).ToListAsync(ct);
        var auteur = AuteurModification.Depuis(utilisateur);
        var date = horloge.GetUtcNow();
        foreach (var lieu in lieux)
        {
            var avant = ChampsLieu.ParCode[ChampsLieu.Contacts].Lire(lieu);
            foreach (var contact in lieu.Contacts.Where(c => personne.Correspond(c.Nom, c.Courriel)).ToList())
            {
                lieu.Contacts.Remove(contact);
                db.Remove(contact);
            }

            var apres = ChampsLieu.ParCode[ChampsLieu.Contacts].Lire(lieu);
            List<ChangementChamp> changements = avant == apres ? [] : [new ChangementChamp(ChampsLieu.Contacts, ContactEfface.Masquer(avant, personne), apres)];
            lieu.Version++;
            db.ModificationsLieux.Add(new ModificationLieu
            {
                LieuId = lieu.Id,
                Version = lieu.Version,
                Date = date,
                AuteurId = auteur.Id,
                AuteurNom = auteur.Nom,
                Role = auteur.Role,
                Source = SourceModification.Effacement,
                Changements = ChangementChamp.Ecrire(changements),
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ResultatEffacement(0, 0, 0, 0, 0, true);
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ResultatEffacement(trouve.Contacts.Count, lieux.Count, trouve.Historique.Count, trouve.Propositions.Count, trouve.Messages.Count, false);
    }
}
