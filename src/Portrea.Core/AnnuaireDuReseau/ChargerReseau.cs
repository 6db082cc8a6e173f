using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>An EPCI, its member communes and its published places with services, schedules, structures and contacts.</summary>
public sealed record DonneesReseau(string Siren, string Nom, IReadOnlyList<CommuneReseau> Communes, IReadOnlyList<Lieu> Lieux)
{
    /// <summary>Structures running a place or holding a service in the EPCI, by name.</summary>
    public IReadOnlyList<Structure> Structures() =>
        [.. Lieux.SelectMany(l => l.Services.Select(s => s.Structure).Prepend(l.Structure)).OfType<Structure>()
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Nom, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ThenBy(s => s.Id)];
}

public static class ChargerReseau
{
    /// <summary>Null when no EPCI has this SIREN. A place belongs to the EPCI whose members include its attached commune.</summary>
    public static async Task<DonneesReseau?> ChargerAsync(PortreaDbContext db, string siren, CancellationToken ct)
    {
        var epci = await db.Epcis.AsNoTracking().Where(e => e.Siren == siren).Select(e => new { e.Siren, e.Nom }).FirstOrDefaultAsync(ct);
        if (epci is null)
        {
            return null;
        }

        var membres = await db.EpciMembres.AsNoTracking().Where(m => m.EpciSiren == siren)
            .Select(m => new { m.CommuneCode, m.Nom }).ToListAsync(ct);
        var codes = membres.Select(m => m.CommuneCode).ToList();
        var lieux = await db.Lieux.AsNoTracking()
            .Where(l => !l.Brouillon && l.CommuneCode != null && codes.Contains(l.CommuneCode))
            .Include(l => l.Structure)
            .Include(l => l.Contacts)
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Services).ThenInclude(s => s.Structure)
            .AsSplitQuery()
            .ToListAsync(ct);
        var francais = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);
        return new DonneesReseau(
            epci.Siren,
            epci.Nom,
            [.. membres.OrderBy(m => m.Nom, francais).Select(m => new CommuneReseau(m.CommuneCode, m.Nom))],
            lieux);
    }
}
