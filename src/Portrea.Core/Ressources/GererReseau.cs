using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// Creates a network and sets its places and partners. A referent creates networks of their own EPCIs only; places
/// and partners are set by the network's administrators (<see cref="DroitsReseau.Administrer"/>).
/// </summary>
public sealed class GererReseau(PortreaDbContext db)
{
    public async Task<ResultatRessource> CreerAsync(string? nom, string? description, string? epciSiren, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nom) || nom.Trim().Length > 200)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Donnez au réseau un nom de 1 à 200 caractères.");
        }

        if (description?.Trim().Length > 2000)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "La description dépasse 2 000 caractères.");
        }

        var siren = epciSiren?.Trim() ?? "";
        if (!await db.Epcis.AnyAsync(e => e.Siren == siren, ct))
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Choisissez l'EPCI du réseau : ses référent·es l'administreront.");
        }

        var reseau = new Reseau { Nom = nom.Trim(), Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(), EpciSiren = siren };
        if (!DroitsReseau.Administrer(utilisateur, reseau))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit, "Seuls les administrateurs et les référent·es de cet EPCI créent un réseau sur son territoire.");
        }

        db.Reseaux.Add(reseau);
        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(reseau.Id, $"Réseau « {reseau.Nom} » créé.");
    }

    /// <summary>Adds a place (by its public identifier) and, when it has one, its structure as a partner.</summary>
    public async Task<ResultatRessource> AjouterLieuAsync(int reseauId, string? identifiant, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reseau = await db.Reseaux.Include(r => r.Lieux).Include(r => r.Structures).FirstOrDefaultAsync(r => r.Id == reseauId, ct);
        if (reseau is null)
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, "Ce réseau n'existe pas.");
        }

        if (!DroitsReseau.Administrer(utilisateur, reseau))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit, "Seuls les administrateurs du réseau ajoutent des lieux.");
        }

        var id = identifiant?.Trim() ?? "";
        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == id && !l.Brouillon, ct);
        if (lieu is null)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, $"Aucun lieu publié n'a l'identifiant « {id} ».");
        }

        if (reseau.Lieux.Any(l => l.LieuId == lieu.Id))
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"« {lieu.Nom} » fait déjà partie du réseau.");
        }

        reseau.Lieux.Add(new ReseauLieu { ReseauId = reseau.Id, LieuId = lieu.Id });
        if (lieu.StructureId is { } s && reseau.Structures.All(x => x.StructureId != s))
        {
            reseau.Structures.Add(new ReseauStructure { ReseauId = reseau.Id, StructureId = s });
        }

        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(lieu.Id, $"« {lieu.Nom} » ajouté au réseau.");
    }

    /// <summary>Adds a partner structure that may have no place in the network (it holds permanences in others').</summary>
    public async Task<ResultatRessource> AjouterStructureAsync(int reseauId, int structureId, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reseau = await db.Reseaux.Include(r => r.Structures).FirstOrDefaultAsync(r => r.Id == reseauId, ct);
        if (reseau is null)
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, "Ce réseau n'existe pas.");
        }

        if (!DroitsReseau.Administrer(utilisateur, reseau))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit, "Seuls les administrateurs du réseau ajoutent des partenaires.");
        }

        var structure = await db.Structures.AsNoTracking().FirstOrDefaultAsync(s => s.Id == structureId, ct);
        if (structure is null)
        {
            return ResultatRessource.Refus(StatutRessource.Invalide, "Cette structure n'existe pas.");
        }

        if (reseau.Structures.Any(s => s.StructureId == structureId))
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"« {structure.Nom} » est déjà partenaire du réseau.");
        }

        reseau.Structures.Add(new ReseauStructure { ReseauId = reseau.Id, StructureId = structureId });
        await db.SaveChangesAsync(ct);
        return ResultatRessource.Cree(structureId, $"« {structure.Nom} » est partenaire du réseau.");
    }

    /// <summary>Networks whose administrators include the user (the EPCIs they may create networks in).</summary>
    public static bool PeutCreer(ClaimsPrincipal utilisateur) =>
        DroitsLieu.EstAdministrateur(utilisateur) || DroitsLieu.EpcisReferent(utilisateur).Count > 0;
}
