using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>
/// The diagnosis of a network's common base for one version: per item, how many places answer yes, no, not working,
/// and how many did not answer (never counted as no); the place × item matrix; and, per item code, the number of
/// places that offer it in each version (the evolution V1 → V2 → V3).
/// </summary>
public static class DiagnostiquerSocle
{
    public sealed record LieuDiagnostique(int Id, string Identifiant, string Nom);

    public sealed record LigneElement(ElementSocle Element, int Oui, int Non, int NeFonctionnePas, int NonRenseigne, int Lieux)
    {
        /// <summary>« Wifi public aux normes : 2 lieux sur 9 ».</summary>
        public string Resume => $"{Element.Libelle} : {Oui} lieu{(Oui > 1 ? "x" : "")} sur {Lieux}";
    }

    /// <summary>Places offering the item in each version; null where the version has no such item.</summary>
    public sealed record Evolution(string Code, string Libelle, IReadOnlyList<int?> OuiParVersion);

    public sealed record Diagnostic(
        int Version,
        IReadOnlyList<int> Versions,
        IReadOnlyList<LieuDiagnostique> Lieux,
        IReadOnlyList<LigneElement> Lignes,
        IReadOnlyDictionary<(int LieuId, int ElementId), EtatSocle> Matrice,
        IReadOnlyList<Evolution> Evolutions)
    {
        public EtatSocle? Reponse(int lieuId, int elementId) => Matrice.TryGetValue((lieuId, elementId), out var etat) ? etat : null;
    }

    public static Diagnostic Calculer(int version, IReadOnlyList<LieuDiagnostique> lieux, IReadOnlyList<ElementSocle> elements, IReadOnlyList<ReponseSocle> reponses)
    {
        var idsLieux = lieux.Select(l => l.Id).ToHashSet();
        var matrice = reponses.Where(r => idsLieux.Contains(r.LieuId)).ToDictionary(r => (r.LieuId, r.ElementSocleId), r => r.Etat);
        var versions = elements.Select(e => e.Version).Distinct().Order().ToList();
        var lignes = elements.Where(e => e.Version == version).OrderBy(e => e.Axe).ThenBy(e => e.Ordre).Select(e =>
        {
            var etats = lieux.Select(l => matrice.TryGetValue((l.Id, e.Id), out var etat) ? etat : (EtatSocle?)null).ToList();
            return new LigneElement(e, etats.Count(x => x == EtatSocle.Oui), etats.Count(x => x == EtatSocle.Non),
                etats.Count(x => x == EtatSocle.NeFonctionnePas), etats.Count(x => x is null), lieux.Count);
        }).ToList();

        var oui = reponses.Where(r => r.Etat == EtatSocle.Oui && idsLieux.Contains(r.LieuId)).GroupBy(r => r.ElementSocleId).ToDictionary(g => g.Key, g => g.Count());
        var evolutions = elements.GroupBy(e => e.Code).Select(g =>
        {
            var derniere = g.OrderByDescending(e => e.Version).First();
            return new Evolution(g.Key, derniere.Libelle, [.. versions.Select(v => g.FirstOrDefault(e => e.Version == v) is { } e ? oui.GetValueOrDefault(e.Id) : (int?)null)]);
        }).OrderBy(e => e.Libelle, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ToList();

        return new Diagnostic(version, versions, lieux, lignes, matrice, evolutions);
    }

    public static async Task<Diagnostic> ChargerAsync(PortreaDbContext db, int reseauId, int? version, CancellationToken ct)
    {
        var lieux = await db.Lieux.AsNoTracking().Where(l => db.ReseauxLieux.Any(r => r.ReseauId == reseauId && r.LieuId == l.Id))
            .OrderBy(l => l.Nom).Select(l => new LieuDiagnostique(l.Id, l.Identifiant, l.Nom)).ToListAsync(ct);
        var elements = await db.ElementsSocle.AsNoTracking().Where(e => e.ReseauId == reseauId).ToListAsync(ct);
        var ids = elements.Select(e => e.Id).ToList();
        var reponses = await db.ReponsesSocle.AsNoTracking().Where(r => ids.Contains(r.ElementSocleId)).ToListAsync(ct);
        var derniere = elements.Count == 0 ? 1 : elements.Max(e => e.Version);
        var choisie = version is { } v && elements.Any(e => e.Version == v) ? v : derniere;
        return Calculer(choisie, lieux, elements, reponses);
    }
}
