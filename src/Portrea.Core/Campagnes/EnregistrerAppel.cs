using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>
/// Logs a referent's call to a place that did not answer. « À jour » confirmed by phone counts as a confirmation of the
/// sheet (freshness and dashboard), like the link's « rien n'a changé »; every call is in the place's history.
/// </summary>
public sealed class EnregistrerAppel(PortreaDbContext db, TimeProvider horloge)
{
    public const int LongueurNoteMax = 2000;

    public async Task<string?> EnregistrerAsync(int campagneId, int destinataireId, ResultatAppel resultat, string? note, AuteurModification auteur, CancellationToken ct)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > LongueurNoteMax })
        {
            return $"La note fait {note.Length} caractères : {LongueurNoteMax} au plus.";
        }

        var destinataire = await db.DestinatairesCampagnes.SingleOrDefaultAsync(d => d.Id == destinataireId && d.CampagneId == campagneId, ct);
        if (destinataire is null)
        {
            return "Ce lieu ne fait pas partie de la campagne.";
        }

        var maintenant = horloge.GetUtcNow();
        var lieu = await db.Lieux.SingleAsync(l => l.Id == destinataire.LieuId, ct);
        db.AppelsCampagnes.Add(new AppelCampagne
        {
            DestinataireId = destinataireId,
            Date = maintenant,
            AuteurId = auteur.Id,
            AuteurNom = auteur.Nom,
            Resultat = resultat,
            Note = note,
        });
        db.ModificationsLieux.Add(HistoriqueCampagne.Entree(lieu, maintenant, EvenementsLieu.Appel, auteur));
        if (resultat == ResultatAppel.AJour)
        {
            lieu.DateConfirmation = DateOnly.FromDateTime(HeureDeParis.Depuis(maintenant));
            destinataire.ConfirmeLe ??= maintenant;
            db.ModificationsLieux.Add(HistoriqueCampagne.Entree(lieu, maintenant, EvenementsLieu.Confirmation, auteur));
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
