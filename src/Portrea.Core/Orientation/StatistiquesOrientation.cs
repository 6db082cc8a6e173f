using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Orientation;

/// <summary>Observed demand from recorded referrals: counts by need, precise service, commune, EPCI and month.</summary>
public static class StatistiquesOrientation
{
    public const string CommuneNonRenseignee = "Commune non renseignée (recherche autour d'une position)";
    public const string EpciNonRenseigne = "EPCI non renseigné";

    public sealed record Ligne(string Code, string Libelle, int Nombre);

    public sealed record Resultat(
        int Total,
        IReadOnlyList<Ligne> ParBesoin,
        IReadOnlyList<Ligne> ParServicePrecis,
        IReadOnlyList<Ligne> ParCommune,
        IReadOnlyList<Ligne> ParEpci,
        IReadOnlyList<Ligne> ParMois);

    /// <param name="epci">SIREN of an EPCI to keep only its communes' referrals; null for all.</param>
    public static async Task<Resultat> CalculerAsync(PortreaDbContext db, string? epci, CancellationToken ct)
    {
        // Months and labels are grouped in process: the two engines disagree on date functions, and volumes are small.
        var lignes = await db.OrientationsEnregistrees.AsNoTracking()
            .Select(o => new { o.Jour, o.Besoin, o.ServicePrecis, o.CommuneCode })
            .ToListAsync(ct);
        var codes = lignes.Select(l => l.CommuneCode).OfType<string>().Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code))
            .Select(c => new { c.Code, c.Nom, c.EpciSiren }).ToDictionaryAsync(c => c.Code, ct);
        var sirens = communes.Values.Select(c => c.EpciSiren).OfType<string>().Distinct().ToList();
        var epcis = await db.Epcis.AsNoTracking().Where(e => sirens.Contains(e.Siren)).ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        if (epci is not null)
        {
            lignes = [.. lignes.Where(l => l.CommuneCode is { } c && communes.TryGetValue(c, out var commune) && commune.EpciSiren == epci)];
        }

        var parBesoin = CategorieBesoinTexte.Toutes
            .Select(b => new Ligne(b.Code(), b.Libelle(), lignes.Count(l => l.Besoin == b.Code())))
            .ToList();
        var catalogue = CatalogueServicesPrecis.Defaut;
        var parService = lignes.GroupBy(l => l.ServicePrecis)
            .Select(g => new Ligne(g.Key ?? "", g.Key is null ? "Sans service précis" : catalogue.Trouver(g.Key)?.Libelle ?? g.Key, g.Count()))
            .OrderByDescending(l => l.Nombre).ThenBy(l => l.Libelle, StringComparer.Ordinal).ToList();
        var parCommune = lignes.GroupBy(l => l.CommuneCode)
            .Select(g => new Ligne(
                g.Key ?? "",
                g.Key is null ? CommuneNonRenseignee : communes.TryGetValue(g.Key, out var c) ? $"{c.Nom} ({c.Code})" : $"Commune {g.Key} (absente des territoires chargés)",
                g.Count()))
            .OrderByDescending(l => l.Nombre).ThenBy(l => l.Libelle, StringComparer.Ordinal).ToList();
        var parEpci = lignes.GroupBy(l => l.CommuneCode is { } c && communes.TryGetValue(c, out var commune) ? commune.EpciSiren : null)
            .Select(g => new Ligne(g.Key ?? "", g.Key is null ? EpciNonRenseigne : epcis.GetValueOrDefault(g.Key, g.Key), g.Count()))
            .OrderByDescending(l => l.Nombre).ThenBy(l => l.Libelle, StringComparer.Ordinal).ToList();
        return new Resultat(lignes.Count, parBesoin, parService, parCommune, parEpci, ParMois(lignes.Select(l => l.Jour).ToList()));
    }

    /// <summary>Every month from the first to the last record: a month with no referral is a real zero, not a gap.</summary>
    private static List<Ligne> ParMois(List<DateOnly> jours)
    {
        if (jours.Count == 0)
        {
            return [];
        }

        var francais = CultureInfo.GetCultureInfo("fr-FR");
        var debut = new DateOnly(jours.Min().Year, jours.Min().Month, 1);
        var fin = new DateOnly(jours.Max().Year, jours.Max().Month, 1);
        var mois = new List<Ligne>();
        for (var m = debut; m <= fin; m = m.AddMonths(1))
        {
            var courant = m;
            mois.Add(new Ligne(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", francais), jours.Count(j => j.Year == courant.Year && j.Month == courant.Month)));
        }

        return mois;
    }
}
