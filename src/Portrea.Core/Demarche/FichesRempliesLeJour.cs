using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record FicheRemplie(int LieuId, string Identifiant, string Nom, string Commune, int Modifications);

/// <summary>
/// The place sheets of an EPCI changed on a given day (Paris time), from the places' history: what the
/// collaborative day produced.
/// </summary>
public static class FichesRempliesLeJour
{
    public static async Task<IReadOnlyList<FicheRemplie>> ListerAsync(PortreaDbContext db, string siren, DateOnly jour, CancellationToken ct)
    {
        var communes = db.EpciMembres.Where(m => m.EpciSiren == siren).Select(m => m.CommuneCode);
        var lieux = await db.Lieux.AsNoTracking()
            .Where(l => l.CommuneCode != null && communes.Contains(l.CommuneCode))
            .Select(l => new { l.Id, l.Identifiant, l.Nom, l.Commune }).ToListAsync(ct);
        var ids = lieux.Select(l => l.Id).ToList();
        // Dates are compared after reading: SQLite cannot compare DateTimeOffset values in SQL.
        var modifications = await db.ModificationsLieux.AsNoTracking()
            .Where(m => ids.Contains(m.LieuId)).Select(m => new { m.LieuId, m.Date }).ToListAsync(ct);
        var duJour = modifications.Where(m => DateOnly.FromDateTime(HeureDeParis.Depuis(m.Date)) == jour)
            .GroupBy(m => m.LieuId).ToDictionary(g => g.Key, g => g.Count());
        return [.. lieux.Where(l => duJour.ContainsKey(l.Id)).OrderBy(l => l.Nom)
            .Select(l => new FicheRemplie(l.Id, l.Identifiant, l.Nom, l.Commune, duJour[l.Id]))];
    }
}
