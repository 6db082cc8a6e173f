using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>Edits the message and reminders of a campaign that is not launched yet (once launched, what was sent stays).</summary>
public sealed class ModifierModeleCampagne(PortreaDbContext db)
{
    public async Task<IReadOnlyList<ErreurChamp>> ModifierAsync(int campagneId, string? sujet, string? modele, string? relances, CancellationToken ct)
    {
        var campagne = await db.Campagnes.SingleOrDefaultAsync(c => c.Id == campagneId, ct);
        if (campagne is null)
        {
            return [new ErreurChamp("campagne", "Campagne introuvable.")];
        }

        if (campagne.Statut != StatutCampagne.Planifiee)
        {
            return [new ErreurChamp("campagne", "La campagne est lancée : son message ne peut plus changer.")];
        }

        var corps = (modele ?? "").ReplaceLineEndings("\n").Trim();
        var erreurs = ModeleCourriel.Valider(sujet?.Trim(), corps).Select(e => new ErreurChamp(e.Champ, e.Message)).ToList();
        var erreurDelais = DelaisCampagne.Valider(relances, campagne.Fin.DayNumber - campagne.Debut.DayNumber + 1, out var delais);
        if (erreurDelais is not null)
        {
            erreurs.Add(new ErreurChamp("relances", erreurDelais));
        }

        if (erreurs.Count > 0)
        {
            return erreurs;
        }

        campagne.Sujet = sujet!.Trim();
        campagne.Modele = corps;
        campagne.DelaisRelances = DelaisCampagne.Ecrire(delais);
        await db.SaveChangesAsync(ct);
        return [];
    }
}
