using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

public sealed record DemandeContribution(int ReseauId, int StructureId, int Annee, AxeReseau Axe, NatureContribution Nature, decimal Valeur, string? Commentaire);

/// <summary>
/// Adds a line to the common budget: a partner's contribution for a year and an axis. A contributor declares their
/// own structure's contributions; the network's administrators any partner's. Deleting a wrong line is the fix.
/// </summary>
public sealed class DeclarerContribution(PortreaDbContext db, TimeProvider horloge)
{
    public const decimal EtpMax = 100m;
    public const decimal EurosMax = 100_000_000m;

    public async Task<ResultatRessource> DeclarerAsync(DemandeContribution demande, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reseau = await db.Reseaux.AsNoTracking().Include(r => r.Structures).FirstOrDefaultAsync(r => r.Id == demande.ReseauId, ct);
        if (reseau is null)
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, "Ce réseau n'existe pas.");
        }

        if (!DroitsReseau.AgirPour(utilisateur, reseau, reseau.Structures.Select(s => s.StructureId), demande.StructureId))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit, "Vous ne déclarez que les contributions d'une structure partenaire dont vous êtes contributeur·rice.");
        }

        if (demande.Annee is < 2000 or > 2100)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "L'année doit être comprise entre 2000 et 2100.");
        }

        var maximum = demande.Nature == NatureContribution.Temps ? EtpMax : EurosMax;
        if (demande.Valeur <= 0 || demande.Valeur > maximum)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, demande.Nature == NatureContribution.Temps
                ? "Le temps de travail se déclare en équivalents temps plein (ETP), supérieur à 0 (par exemple 0,5)."
                : "La valorisation se déclare en euros, supérieure à 0.");
        }

        if (demande.Commentaire?.Trim().Length > 500)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Le commentaire dépasse 500 caractères.");
        }

        var contribution = new ContributionBudget
        {
            ReseauId = reseau.Id,
            StructureId = demande.StructureId,
            Annee = demande.Annee,
            Axe = demande.Axe,
            Nature = demande.Nature,
            Valeur = Math.Round(demande.Valeur, 2),
            Commentaire = string.IsNullOrWhiteSpace(demande.Commentaire) ? null : demande.Commentaire.Trim(),
            SaisieLe = horloge.GetUtcNow(),
            AuteurId = utilisateur.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        db.ContributionsBudget.Add(contribution);
        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(contribution.Id, "Contribution enregistrée.");
    }

    public async Task<ResultatRessource> SupprimerAsync(int reseauId, int contributionId, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reseau = await db.Reseaux.AsNoTracking().Include(r => r.Structures).FirstOrDefaultAsync(r => r.Id == reseauId, ct);
        var contribution = await db.ContributionsBudget.FirstOrDefaultAsync(c => c.Id == contributionId && c.ReseauId == reseauId, ct);
        if (reseau is null || contribution is null)
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, "Cette contribution n'existe plus.");
        }

        if (!DroitsReseau.AgirPour(utilisateur, reseau, reseau.Structures.Select(s => s.StructureId), contribution.StructureId))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit, "Vous ne supprimez que les contributions de votre structure.");
        }

        db.ContributionsBudget.Remove(contribution);
        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(contributionId, "Contribution supprimée.");
    }
}
