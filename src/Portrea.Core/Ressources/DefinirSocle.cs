using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// Writes the versions of a network's common service base: items are added to the latest version, and a new version
/// starts as a copy of the previous one (same codes, so that answers are compared item by item across versions).
/// Rights are checked by the caller (<see cref="DroitsReseau.Administrer"/>).
/// </summary>
public sealed class DefinirSocle(PortreaDbContext db)
{
    public async Task<ResultatRessource> AjouterElementAsync(int reseauId, int version, string? libelle, AxeReseau axe, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(libelle) || libelle.Trim().Length > 300)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Le libellé de l'élément du socle compte de 1 à 300 caractères.");
        }

        var derniere = await DerniereVersionAsync(reseauId, ct);
        if (version < 1 || version < derniere || version > Math.Max(1, derniere))
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, $"Seule la dernière version du socle (V{Math.Max(1, derniere)}) se complète ; les précédentes restent telles qu'elles ont été diagnostiquées.");
        }

        var code = Code(libelle);
        var existants = await db.ElementsSocle.Where(e => e.ReseauId == reseauId && e.Version == version).ToListAsync(ct);
        if (existants.Any(e => e.Code == code))
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"La version V{version} contient déjà « {libelle.Trim()} ».");
        }

        var element = new ElementSocle
        {
            ReseauId = reseauId,
            Version = version,
            Code = code,
            Libelle = libelle.Trim(),
            Axe = axe,
            Ordre = existants.Count == 0 ? 1 : existants.Max(e => e.Ordre) + 1,
        };
        db.ElementsSocle.Add(element);
        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(element.Id, $"« {element.Libelle} » ajouté au socle V{version}.");
    }

    /// <summary>Starts version n+1 as a copy of version n's items; answers are given again, since the base was revised.</summary>
    public async Task<ResultatRessource> NouvelleVersionAsync(int reseauId, CancellationToken ct)
    {
        var derniere = await DerniereVersionAsync(reseauId, ct);
        if (derniere == 0)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Définissez d'abord les éléments de la version V1.");
        }

        var elements = await db.ElementsSocle.AsNoTracking().Where(e => e.ReseauId == reseauId && e.Version == derniere).ToListAsync(ct);
        db.ElementsSocle.AddRange(elements.Select(e => new ElementSocle
        {
            ReseauId = reseauId,
            Version = derniere + 1,
            Code = e.Code,
            Libelle = e.Libelle,
            Axe = e.Axe,
            Ordre = e.Ordre,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"La version V{derniere + 1} vient d'être créée par quelqu'un d'autre.");
        }

        return ResultatRessource.Cree(derniere + 1, $"Version V{derniere + 1} créée à partir de la V{derniere}.");
    }

    public async Task<int> DerniereVersionAsync(int reseauId, CancellationToken ct) =>
        await db.ElementsSocle.Where(e => e.ReseauId == reseauId).MaxAsync(e => (int?)e.Version, ct) ?? 0;

    /// <summary>A stable code from the label (lower-case ASCII words joined by '-'), so that a copied item keeps its identity.</summary>
    public static string Code(string libelle)
    {
        var decompose = libelle.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var code = new StringBuilder();
        foreach (var c in decompose)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            code.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var texte = string.Join('-', code.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return texte.Length > 80 ? texte[..80] : texte;
    }
}
