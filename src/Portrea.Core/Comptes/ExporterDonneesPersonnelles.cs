using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>Right of access: what the accounts feature stores about one person, secrets left out (only their existence and dates).</summary>
public sealed class ExporterDonneesPersonnelles(PortreaDbContext db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public sealed record Donnees(
        string Id,
        string? Email,
        string NomAffiche,
        DateTime CreeLe,
        IReadOnlyList<RoleExporte> Roles,
        IReadOnlyList<JetonExporte> JetonsApi,
        IReadOnlyList<DateTime> LiensDeConnexionDemandesLe,
        IReadOnlyList<MessageExporte> MessagesRecus);

    public sealed record RoleExporte(string Role, string? EpciSiren, int? StructureId);

    public sealed record JetonExporte(DateTime CreeLe, DateTime ExpireLe, DateTime? RevoqueLe);

    public sealed record MessageExporte(string Sujet, DateTime CreeLe, DateTime? EnvoyeLe);

    public async Task<Donnees?> ExporterAsync(string utilisateurId, CancellationToken ct)
    {
        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == utilisateurId, ct) is not { } utilisateur)
        {
            return null;
        }

        var roles = await db.AffectationsRoles.Where(a => a.UtilisateurId == utilisateurId)
            .Select(a => new RoleExporte(a.Role, a.EpciSiren, a.StructureId)).ToListAsync(ct);
        var jetons = await db.JetonsApi.Where(j => j.UtilisateurId == utilisateurId).OrderBy(j => j.Id)
            .Select(j => new JetonExporte(j.CreeLe, j.ExpireLe, j.RevoqueLe)).ToListAsync(ct);
        var liens = await db.LiensConnexion.Where(l => l.UtilisateurId == utilisateurId).OrderBy(l => l.Id).Select(l => l.CreeLe).ToListAsync(ct);
        var messages = await db.MessagesSortants.Where(m => m.Destinataire == utilisateur.Email).OrderBy(m => m.Id)
            .Select(m => new MessageExporte(m.Sujet, m.CreeLe, m.EnvoyeLe)).ToListAsync(ct);
        return new Donnees(utilisateur.Id, utilisateur.Email, utilisateur.NomAffiche, utilisateur.CreeLe, roles, jetons, liens, messages);
    }
}
