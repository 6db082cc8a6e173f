using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;

namespace Portrea.Web.Features.Ressources;

/// <summary>A network as its pages need it: its places (with their EPCI) and partners, and what the user may do there; null for non-members.</summary>
public sealed record ContexteReseau(
    Reseau Reseau,
    string EpciNom,
    IReadOnlyList<ContexteReseau.LieuReseau> Lieux,
    IReadOnlyList<ContexteReseau.Partenaire> Partenaires,
    bool Administrer,
    IReadOnlyList<int> StructuresDeLUtilisateur)
{
    public sealed record LieuReseau(int Id, string Identifiant, string Nom, string Commune, int? StructureId, string? Structure, bool Editable);

    public sealed record Partenaire(int Id, string Nom);

    public IEnumerable<LieuReseau> LieuxEditables => Lieux.Where(l => l.Editable);

    public IEnumerable<Partenaire> PartenairesDeLUtilisateur => Partenaires.Where(p => StructuresDeLUtilisateur.Contains(p.Id));

    public static async Task<ContexteReseau?> ChargerAsync(PortreaDbContext db, int id, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var reseau = await db.Reseaux.AsNoTracking().Include(r => r.Structures).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reseau is null)
        {
            return null;
        }

        var epciNom = await db.Epcis.Where(e => e.Siren == reseau.EpciSiren).Select(e => e.Nom).FirstOrDefaultAsync(ct) ?? reseau.EpciSiren;
        var lieux = await (
            from rl in db.ReseauxLieux
            where rl.ReseauId == id
            join l in db.Lieux on rl.LieuId equals l.Id
            select new { l.Id, l.Identifiant, l.Nom, l.Commune, l.CommuneCode, l.StructureId, Structure = l.Structure == null ? null : l.Structure.Nom })
            .AsNoTracking().ToListAsync(ct);
        var communes = lieux.Select(l => l.CommuneCode).OfType<string>().Distinct().ToList();
        var epcis = await db.EpciMembres.Where(m => communes.Contains(m.CommuneCode)).GroupBy(m => m.CommuneCode)
            .Select(g => new { Commune = g.Key, Siren = g.Min(m => m.EpciSiren) }).ToDictionaryAsync(x => x.Commune, x => x.Siren, ct);
        var partenaires = await db.Structures.AsNoTracking().Where(s => reseau.Structures.Select(x => x.StructureId).Contains(s.Id))
            .OrderBy(s => s.Nom).Select(s => new Partenaire(s.Id, s.Nom)).ToListAsync(ct);
        var contexte = new ContexteReseau(
            reseau,
            epciNom,
            [.. lieux.OrderBy(l => l.Nom, StringComparer.Create(Shared.Format.Francais, true)).Select(l => new LieuReseau(
                l.Id, l.Identifiant, l.Nom, l.Commune, l.StructureId, l.Structure,
                DroitsReseau.EditerLieu(utilisateur, reseau, l.StructureId, l.CommuneCode is null ? null : epcis.GetValueOrDefault(l.CommuneCode))))],
            partenaires,
            DroitsReseau.Administrer(utilisateur, reseau),
            DroitsReseau.StructuresPourLesquellesAgir(utilisateur, reseau, partenaires.Select(p => p.Id)));

        // A network's pages show who booked what and each partner's contributions: members only (an administrator,
        // a partner's contributor or a place's editor); to anyone else the network does not exist.
        return contexte.Administrer || contexte.StructuresDeLUtilisateur.Count > 0 || contexte.LieuxEditables.Any() ? contexte : null;
    }
}
