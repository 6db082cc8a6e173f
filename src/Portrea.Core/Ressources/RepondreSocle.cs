using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// Records a place's answers to the items of one version of the base. An item left empty removes the answer: it
/// becomes « non renseigné » again, which the diagnosis never counts as « non ». Rights are checked by the caller.
/// </summary>
public sealed class RepondreSocle(PortreaDbContext db, TimeProvider horloge)
{
    public async Task<int> EnregistrerAsync(int reseauId, int version, int lieuId, IReadOnlyDictionary<int, EtatSocle?> reponses, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var elements = await db.ElementsSocle.Where(e => e.ReseauId == reseauId && e.Version == version).Select(e => e.Id).ToListAsync(ct);
        var existantes = await db.ReponsesSocle.Where(r => r.LieuId == lieuId && elements.Contains(r.ElementSocleId)).ToListAsync(ct);
        var maintenant = horloge.GetUtcNow();
        var auteur = utilisateur.FindFirstValue(ClaimTypes.NameIdentifier);
        var changees = 0;
        foreach (var (elementId, etat) in reponses.Where(r => elements.Contains(r.Key)))
        {
            var existante = existantes.FirstOrDefault(r => r.ElementSocleId == elementId);
            if (etat is null)
            {
                if (existante is not null)
                {
                    db.ReponsesSocle.Remove(existante);
                    changees++;
                }
            }
            else if (existante is null)
            {
                db.ReponsesSocle.Add(new ReponseSocle { ElementSocleId = elementId, LieuId = lieuId, Etat = etat.Value, ModifieeLe = maintenant, AuteurId = auteur });
                changees++;
            }
            else if (existante.Etat != etat)
            {
                existante.Etat = etat.Value;
                existante.ModifieeLe = maintenant;
                existante.AuteurId = auteur;
                changees++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changees;
    }
}
