using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>A published place of an EPCI and the address its campaign e-mail goes to (null: no address known).</summary>
public sealed record DestinatairePrevu(int LieuId, string Identifiant, string Nom, string Commune, string? Telephone, string? Courriel);

/// <summary>
/// Who a campaign writes to: every published place of the EPCI, at its first contact's address (the people who run
/// it), else at the place's first public address. Places with neither are listed for the referent to complete.
/// </summary>
public static class ChoisirDestinataires
{
    public static async Task<List<DestinatairePrevu>> ListerAsync(PortreaDbContext db, string epciSiren, CancellationToken ct)
    {
        var communes = db.EpciMembres.Where(m => m.EpciSiren == epciSiren).Select(m => m.CommuneCode);
        var lieux = await db.Lieux.AsNoTracking()
            .Where(l => !l.Brouillon && l.CommuneCode != null && communes.Contains(l.CommuneCode))
            .OrderBy(l => l.Nom).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.Identifiant,
                l.Nom,
                l.Commune,
                l.Telephone,
                l.Courriels,
                Contacts = l.Contacts.OrderBy(c => c.Id).Select(c => c.Courriel).ToList(),
            })
            .ToListAsync(ct);
        return [.. lieux.Select(l => new DestinatairePrevu(l.Id, l.Identifiant, l.Nom, l.Commune, l.Telephone,
            l.Contacts.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim()
            ?? l.Courriels.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()))];
    }
}
