using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>
/// Response rate of an EPCI's latest launched campaign: places written to, places that answered (confirmed or
/// corrected through their link). <see cref="Taux"/> is null when nobody was written to (not zero: nothing to measure).
/// </summary>
public sealed record TauxReponseEpci(
    string EpciSiren, int CampagneId, string Nom, DateTimeOffset LanceeLe, StatutCampagne Statut, int Destinataires, int Repondus, int Confirmes, int Corriges)
{
    public double? Taux => Destinataires == 0 ? null : (double)Repondus / Destinataires;
}

/// <summary>Campaign response rates per EPCI, for dashboards of other features (e.g. the roll-out follow-up).</summary>
public static class StatistiquesCampagnes
{
    /// <summary>One row per EPCI that launched a campaign: its latest one (optionally only these EPCIs).</summary>
    public static async Task<IReadOnlyList<TauxReponseEpci>> TauxReponseParEpciAsync(PortreaDbContext db, IReadOnlyCollection<string>? epcis, CancellationToken ct)
    {
        var lancees = db.Campagnes.AsNoTracking().Where(c => c.LanceeLe != null);
        if (epcis is not null)
        {
            lancees = lancees.Where(c => epcis.Contains(c.EpciSiren));
        }

        var campagnes = (await lancees.Select(c => new { c.Id, c.EpciSiren, c.Nom, c.LanceeLe, c.Statut }).ToListAsync(ct))
            .GroupBy(c => c.EpciSiren)
            .Select(g => g.OrderBy(c => c.LanceeLe).ThenBy(c => c.Id).Last())
            .ToList();
        var ids = campagnes.Select(c => c.Id).ToList();
        var compteurs = await db.DestinatairesCampagnes.AsNoTracking().Where(d => ids.Contains(d.CampagneId))
            .GroupBy(d => d.CampagneId)
            .Select(g => new
            {
                CampagneId = g.Key,
                Total = g.Count(),
                Repondus = g.Count(d => d.ConfirmeLe != null || d.CorrigeLe != null),
                Confirmes = g.Count(d => d.ConfirmeLe != null && d.CorrigeLe == null),
                Corriges = g.Count(d => d.CorrigeLe != null),
            })
            .ToDictionaryAsync(x => x.CampagneId, ct);
        return [.. campagnes.OrderBy(c => c.EpciSiren).Select(c =>
        {
            var n = compteurs.GetValueOrDefault(c.Id);
            return new TauxReponseEpci(c.EpciSiren, c.Id, c.Nom, c.LanceeLe!.Value, c.Statut, n?.Total ?? 0, n?.Repondus ?? 0, n?.Confirmes ?? 0, n?.Corriges ?? 0);
        })];
    }
}
