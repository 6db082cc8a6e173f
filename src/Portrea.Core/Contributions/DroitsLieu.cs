using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

/// <summary>
/// What a signed-in user (or the public) may do on one place: publish an edit at once, or only propose it to the
/// referents of the place's EPCI; and whether the place's private contacts are visible. Computed from the claims only,
/// whatever the sign-in mechanism that issued them.
/// </summary>
public sealed record DroitsLieu(bool Publier, bool VoirContactsPrives, string? EpciSiren)
{
    public bool Proposer => !Publier;

    public static async Task<DroitsLieu> CalculerAsync(PortreaDbContext db, ClaimsPrincipal utilisateur, Lieu lieu, CancellationToken ct) =>
        Calculer(utilisateur, lieu.StructureId, await EpciDuLieuAsync(db, lieu.CommuneCode, ct));

    public static DroitsLieu Calculer(ClaimsPrincipal utilisateur, int? structureId, string? epciSiren)
    {
        var publier = EstConnecte(utilisateur) && (
            utilisateur.IsInRole(RevendicationsPortrea.RoleAdministrateur)
            || (epciSiren is not null && utilisateur.IsInRole(RevendicationsPortrea.RoleReferent) && EpcisReferent(utilisateur).Contains(epciSiren))
            || (structureId is { } s && utilisateur.IsInRole(RevendicationsPortrea.RoleContributeur) && Structures(utilisateur).Contains(s)));
        return new DroitsLieu(publier, publier, epciSiren);
    }

    /// <summary>A place's EPCI is the one whose member communes contain the place's attached commune.</summary>
    public static Task<string?> EpciDuLieuAsync(PortreaDbContext db, string? communeCode, CancellationToken ct) =>
        communeCode is null
            ? Task.FromResult<string?>(null)
            : db.EpciMembres.Where(m => m.CommuneCode == communeCode).OrderBy(m => m.EpciSiren).Select(m => m.EpciSiren).FirstOrDefaultAsync(ct);

    public static bool EstConnecte(ClaimsPrincipal utilisateur) => utilisateur.Identity?.IsAuthenticated == true;

    public static bool EstAdministrateur(ClaimsPrincipal utilisateur) =>
        EstConnecte(utilisateur) && utilisateur.IsInRole(RevendicationsPortrea.RoleAdministrateur);

    /// <summary>EPCIs whose proposals the user moderates; empty for an administrator, who moderates all of them.</summary>
    public static IReadOnlySet<string> EpcisReferent(ClaimsPrincipal utilisateur) =>
        utilisateur.IsInRole(RevendicationsPortrea.RoleReferent)
            ? utilisateur.FindAll(RevendicationsPortrea.Epci).Select(c => c.Value).ToHashSet()
            : new HashSet<string>();

    public static IReadOnlySet<int> Structures(ClaimsPrincipal utilisateur) =>
        utilisateur.FindAll(RevendicationsPortrea.Structure)
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>().ToHashSet();

    /// <summary>Whether the user moderates proposals of this EPCI (an administrator moderates every EPCI).</summary>
    public static bool Modere(ClaimsPrincipal utilisateur, string? epciSiren) =>
        EstAdministrateur(utilisateur) || (epciSiren is not null && EstConnecte(utilisateur) && EpcisReferent(utilisateur).Contains(epciSiren));
}
