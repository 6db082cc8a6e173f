using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

/// <summary>
/// Brings a place back to an earlier version by undoing, newest first, every change made after it. The restoration is
/// itself a change (source « restauration »), so it can be undone in turn and nothing is ever lost.
/// </summary>
public sealed class RestaurerLieu(PortreaDbContext db, ModifierLieu modifier)
{
    public async Task<ResultatModification> RestaurerAsync(string identifiant, int version, int? versionAttendue, AuteurModification auteur, CancellationToken ct)
    {
        var lieu = await ChargerLieu.CompletAsync(db, identifiant, ct);
        if (lieu is null)
        {
            return ResultatModification.Introuvable();
        }

        var entrees = await db.ModificationsLieux.AsNoTracking().Where(m => m.LieuId == lieu.Id).OrderByDescending(m => m.Version).ToListAsync(ct);
        if (!entrees.Any(e => e.Version == version) || version >= lieu.Version)
        {
            return new ResultatModification(StatutModification.Invalide, lieu, null,
                [new ErreurChamp("version", $"La version {version} de cette fiche n'existe pas dans son historique ou est la version actuelle.")], []);
        }

        var valeurs = ChampsLieu.Instantane(lieu);
        foreach (var changement in entrees.Where(e => e.Version > version).SelectMany(e => e.LireChangements().Reverse()))
        {
            valeurs[changement.Champ] = changement.Avant;
        }

        // An erased person stays erased: the marks left in the history are not contacts to bring back.
        valeurs[ChampsLieu.Contacts] = DonneesPersonnelles.ContactEfface.RetirerMarques(valeurs[ChampsLieu.Contacts]);

        return await modifier.AppliquerAsync(
            new DemandeModification(identifiant, valeurs, versionAttendue ?? lieu.Version, auteur, SourceModification.Restauration) { VersionRestauree = version },
            ct);
    }
}
