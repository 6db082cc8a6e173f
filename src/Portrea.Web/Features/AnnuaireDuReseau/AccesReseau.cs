using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.AnnuaireDuReseau;

/// <summary>What stands between a reader and an EPCI's network directory.</summary>
public enum RefusReseau
{
    Aucun,

    /// <summary>No EPCI with this SIREN.</summary>
    Introuvable,

    /// <summary>The EPCI exists but the reader belongs to another territory.</summary>
    Interdit,

    /// <summary>No EPCI given and the reader may see several (or none): they must choose.</summary>
    AChoisir,
}

public sealed record EpciChoix(string Siren, string Nom);

public sealed record AccesReseau(string? Siren, RefusReseau Refus, IReadOnlyList<EpciChoix> Choix)
{
    /// <summary>
    /// Resolves the EPCI to show: the one asked for when the reader may see it; else the reader's only EPCI; else the
    /// list to choose from (every EPCI for an administrator).
    /// </summary>
    public static async Task<AccesReseau> ResoudreAsync(PortreaDbContext db, ClaimsPrincipal lecteur, string? epci, CancellationToken ct)
    {
        var perimetre = await PerimetreReseau.EpcisAsync(db, lecteur, ct);
        var sirens = perimetre?.ToList();
        var choix = await db.Epcis.AsNoTracking()
            .Where(e => sirens == null || sirens.Contains(e.Siren))
            .OrderBy(e => e.Nom).Select(e => new EpciChoix(e.Siren, e.Nom)).ToListAsync(ct);
        epci = string.IsNullOrWhiteSpace(epci) ? null : epci.Trim();
        if (epci is null)
        {
            return choix.Count == 1 ? new AccesReseau(choix[0].Siren, RefusReseau.Aucun, choix) : new AccesReseau(null, RefusReseau.AChoisir, choix);
        }

        if (!await db.Epcis.AnyAsync(e => e.Siren == epci, ct))
        {
            return new AccesReseau(null, RefusReseau.Introuvable, choix);
        }

        return PerimetreReseau.Autorise(perimetre, epci)
            ? new AccesReseau(epci, RefusReseau.Aucun, choix)
            : new AccesReseau(null, RefusReseau.Interdit, choix);
    }
}
