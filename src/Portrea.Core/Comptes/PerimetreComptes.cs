using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>What a user may see and hand out on the accounts pages: everything for an administrator, their EPCIs for a referent.</summary>
public sealed class PerimetreComptes(PortreaDbContext db)
{
    public static bool EstAdministrateur(ClaimsPrincipal utilisateur) => utilisateur.IsInRole(RevendicationsPortrea.RoleAdministrateur);

    public static IReadOnlyList<string> Epcis(ClaimsPrincipal utilisateur) =>
        [.. utilisateur.FindAll(RevendicationsPortrea.Epci).Select(c => c.Value).Distinct()];

    /// <summary>Structures running or hosting a place in one of the given EPCIs (a place's EPCI is the one of its commune).</summary>
    public IQueryable<Structure> StructuresDesEpci(IReadOnlyCollection<string> sirens) =>
        db.Structures.Where(s => db.Lieux.Any(l => l.StructureId == s.Id
            && db.EpciMembres.Any(m => m.CommuneCode == l.CommuneCode && sirens.Contains(m.EpciSiren))));

    /// <summary>Structures the user may invite contributors for.</summary>
    public IQueryable<Structure> StructuresInvitables(ClaimsPrincipal utilisateur) =>
        EstAdministrateur(utilisateur) ? db.Structures : StructuresDesEpci(Epcis(utilisateur));

    /// <summary>
    /// Invitations not yet accepted the user may see, send again or cancel: all for an administrator; for a referent,
    /// the contributor invitations for structures of their EPCIs (the only ones a referent can send).
    /// </summary>
    public IQueryable<Invitation> InvitationsEnAttente(ClaimsPrincipal utilisateur)
    {
        var enAttente = db.Invitations.Where(i => i.AccepteeLe == null);
        if (EstAdministrateur(utilisateur))
        {
            return enAttente;
        }

        var structures = StructuresDesEpci(Epcis(utilisateur)).Select(s => s.Id);
        return enAttente.Where(i => i.Role == RevendicationsPortrea.RoleContributeur && i.StructureId != null && structures.Contains(i.StructureId.Value));
    }

    /// <summary>Accounts shown to the user: all for an administrator; for a referent, those holding a role in their EPCIs.</summary>
    public IQueryable<Utilisateur> UtilisateursVisibles(ClaimsPrincipal utilisateur)
    {
        if (EstAdministrateur(utilisateur))
        {
            return db.Users;
        }

        var sirens = Epcis(utilisateur);
        var structures = StructuresDesEpci(sirens).Select(s => s.Id);
        return db.Users.Where(u => u.Affectations.Any(a =>
            (a.EpciSiren != null && sirens.Contains(a.EpciSiren)) || (a.StructureId != null && structures.Contains(a.StructureId.Value))));
    }
}
