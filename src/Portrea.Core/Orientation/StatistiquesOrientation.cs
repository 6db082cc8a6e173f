using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Core.Orientation;

/// <summary>
/// Observed demand from recorded referrals: counts by need, precise service, commune, EPCI and month, and the gaps:
/// referrals whose request found no place meeting every criterion, by need and by commune.
/// </summary>
public static class StatistiquesOrientation
{
    public const string CommuneNonRenseignee = "Commune non renseignée (recherche autour d'une position)";
    public const string EpciNonRenseigne = "EPCI non renseigné";

    public sealed record Ligne(string Code, string Libelle, int Nombre);

    /// <summary>
    /// Referrals whose answer is known (<see cref="Orientations"/>), those without a place meeting every criterion
    /// (<see cref="SansLieuAdapte"/>, which includes <see cref="SansAucunLieu"/>: no place offers the need within the
    /// radius), and those whose best places could not be checked on every criterion (<see cref="AVerifier"/>).
    /// </summary>
    public sealed record Manque(string Code, string Libelle, int Orientations, int SansLieuAdapte, int SansAucunLieu, int AVerifier);

    public sealed record Resultat(
        int Total,
        IReadOnlyList<Ligne> ParBesoin,
        IReadOnlyList<Ligne> ParServicePrecis,
        IReadOnlyList<Ligne> ParCommune,
        IReadOnlyList<Ligne> ParEpci,
        IReadOnlyList<Ligne> ParMois,
        IReadOnlyList<Manque> ManquesParBesoin,
        IReadOnlyList<Manque> ManquesParCommune,
        int ReponsesInconnues);

    /// <param name="epci">SIREN of an EPCI to keep only its communes' referrals; null for all.</param>
    public static async Task<Resultat> CalculerAsync(PortreaDbContext db, string? epci, CancellationToken ct)
    {
        // Months and labels are grouped in process: the two engines disagree on date functions, and volumes are small.
        var lignes = await db.OrientationsEnregistrees.AsNoTracking()
            .Select(o => new { o.Jour, o.Besoin, o.ServicePrecis, o.CommuneCode, o.Reponse })
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
        var connues = lignes.Where(l => l.Reponse is not null).Select(l => (l.Besoin, l.CommuneCode, Reponse: l.Reponse!.Value)).ToList();
        Manque Compter(string code, string libelle, IEnumerable<(string Besoin, string? CommuneCode, ReponseOrientation Reponse)> groupe)
        {
            var reponses = groupe.Select(g => g.Reponse).ToList();
            return new Manque(code, libelle, reponses.Count, reponses.Count(r => r.EstUnManque()),
                reponses.Count(r => r == ReponseOrientation.AucunLieu), reponses.Count(r => r == ReponseOrientation.ARenseigner));
        }

        var manquesParBesoin = CategorieBesoinTexte.Toutes.Select(b => Compter(b.Code(), b.Libelle(), connues.Where(c => c.Besoin == b.Code()))).ToList();
        var manquesParCommune = connues.GroupBy(c => c.CommuneCode)
            .Select(g => Compter(g.Key ?? "", parCommune.First(l => l.Code == (g.Key ?? "")).Libelle, g))
            .Where(m => m.SansLieuAdapte > 0)
            .OrderByDescending(m => m.SansLieuAdapte).ThenBy(m => m.Libelle, StringComparer.Ordinal).ToList();
        return new Resultat(
            lignes.Count, parBesoin, parService, parCommune, parEpci, ParMois(lignes.Select(l => l.Jour).ToList()),
            manquesParBesoin, manquesParCommune, lignes.Count - connues.Count);
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
