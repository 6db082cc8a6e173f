using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// What a user may do in a network, from the claims of ADR 0007 only (no role of its own): administrators and the
/// referents of the network's EPCI administer it (places, partners, base, any partner's bookings and budget);
/// a contributor acts for their own structures when these are partners of the network.
/// </summary>
public static class DroitsReseau
{
    public static bool Administrer(ClaimsPrincipal utilisateur, Reseau reseau) =>
        DroitsLieu.EstAdministrateur(utilisateur)
        || (DroitsLieu.EstConnecte(utilisateur) && DroitsLieu.EpcisReferent(utilisateur).Contains(reseau.EpciSiren));

    /// <summary>Partner structures of the network the user may act for: all of them for its administrators.</summary>
    public static IReadOnlyList<int> StructuresPourLesquellesAgir(ClaimsPrincipal utilisateur, Reseau reseau, IEnumerable<int> partenaires)
    {
        if (Administrer(utilisateur, reseau))
        {
            return [.. partenaires];
        }

        if (!DroitsLieu.EstConnecte(utilisateur))
        {
            return [];
        }

        var miennes = DroitsLieu.Structures(utilisateur);
        return [.. partenaires.Where(miennes.Contains)];
    }

    public static bool AgirPour(ClaimsPrincipal utilisateur, Reseau reseau, IEnumerable<int> partenaires, int structureId) =>
        StructuresPourLesquellesAgir(utilisateur, reseau, partenaires).Contains(structureId);

    /// <summary>Whether the user may publish a place's slots and answer its base: its own editors (<see cref="DroitsLieu"/>) or the network's administrators.</summary>
    public static bool EditerLieu(ClaimsPrincipal utilisateur, Reseau reseau, int? structureDuLieu, string? epciDuLieu) =>
        Administrer(utilisateur, reseau) || DroitsLieu.Calculer(utilisateur, structureDuLieu, epciDuLieu).Publier;

    /// <summary>
    /// Whether the user belongs to the network and may read it (its calendar with who booked what, its budget): its
    /// administrators, the contributors of its partners and the editors of its places.
    /// </summary>
    public static bool Lire(ClaimsPrincipal utilisateur, Reseau reseau, IEnumerable<int> partenaires, IEnumerable<(int? Structure, string? Epci)> lieux) =>
        StructuresPourLesquellesAgir(utilisateur, reseau, partenaires).Count > 0
        || Administrer(utilisateur, reseau)
        || lieux.Any(l => DroitsLieu.Calculer(utilisateur, l.Structure, l.Epci).Publier);

    /// <summary>Whether the user may publish or remove the slots of a place: its editors, or an administrator of one of its networks.</summary>
    public static async Task<bool> EditerCreneauxAsync(PortreaDbContext db, ClaimsPrincipal utilisateur, int lieuId, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking().Where(l => l.Id == lieuId).Select(l => new { l.StructureId, l.CommuneCode }).FirstOrDefaultAsync(ct);
        if (lieu is null || !DroitsLieu.EstConnecte(utilisateur))
        {
            return false;
        }

        var epci = await DroitsLieu.EpciDuLieuAsync(db, lieu.CommuneCode, ct);
        return (await ReseauxDuLieuAsync(db, lieuId, ct)).Any(r => EditerLieu(utilisateur, r, lieu.StructureId, epci));
    }

    /// <summary>The networks a place belongs to.</summary>
    public static Task<List<Reseau>> ReseauxDuLieuAsync(PortreaDbContext db, int lieuId, CancellationToken ct) =>
        db.Reseaux.AsNoTracking().Where(r => r.Lieux.Any(l => l.LieuId == lieuId)).OrderBy(r => r.Id).ToListAsync(ct);
}
