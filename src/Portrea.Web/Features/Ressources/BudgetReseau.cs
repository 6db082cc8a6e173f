using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;

namespace Portrea.Web.Features.Ressources;

/// <summary>What the budget page and its workbook show for one year.</summary>
public static class BudgetReseau
{
    public sealed record Donnees(SyntheseBudget.Synthese Synthese, IReadOnlyList<(string Partenaire, ContributionBudget Contribution)> Lignes, IReadOnlyList<int> Annees);

    public static async Task<Donnees> ChargerAsync(PortreaDbContext db, int reseauId, int annee, CancellationToken ct)
    {
        var partenaires = await db.Structures.AsNoTracking()
            .Where(s => db.ReseauxStructures.Any(r => r.ReseauId == reseauId && r.StructureId == s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Nom, ct);
        var contributions = await db.ContributionsBudget.AsNoTracking().Where(c => c.ReseauId == reseauId).ToListAsync(ct);
        var noms = await db.Structures.AsNoTracking().Where(s => contributions.Select(c => c.StructureId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom, ct);
        foreach (var (structureId, nom) in noms)
        {
            partenaires.TryAdd(structureId, nom);
        }

        var lignes = contributions.Where(c => c.Annee == annee)
            .OrderBy(c => noms.GetValueOrDefault(c.StructureId, ""), StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)).ThenBy(c => c.Axe).ThenBy(c => c.Nature)
            .Select(c => (noms.GetValueOrDefault(c.StructureId, "?"), c)).ToList();
        var annees = contributions.Select(c => c.Annee).Append(annee).Distinct().OrderDescending().ToList();
        return new Donnees(SyntheseBudget.Calculer(annee, partenaires, contributions), lignes, annees);
    }
}
