using Portrea.Core.Lieux;
using Portrea.Core.Portraits;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>
/// One cell of the « qui fait quoi » matrix: for a need in a commune (or the whole EPCI when <see cref="CommuneCode"/>
/// is null), the places offering it, the structures involved (running those places or holding the services), and the
/// hours per week of those services as the portraits count them. Services without any known hours are counted apart,
/// never as zero hours.
/// </summary>
public sealed record CelluleQuiFaitQuoi(
    string? CommuneCode,
    CategorieBesoin Besoin,
    int Lieux,
    int Structures,
    double HeuresParSemaine,
    int ServicesSansHeures,
    int ServicesHeuresDuLieu);

public sealed record LigneQuiFaitQuoi(CommuneReseau Commune, IReadOnlyList<CelluleQuiFaitQuoi> Cellules);

public sealed record QuiFaitQuoi(string EpciSiren, string EpciNom, IReadOnlyList<LigneQuiFaitQuoi> Lignes, IReadOnlyList<CelluleQuiFaitQuoi> Totaux);

/// <summary>Counts, per need category and member commune, who offers what: the grid of the collaborative days.</summary>
public static class CalculerQuiFaitQuoi
{
    public static QuiFaitQuoi Calculer(DonneesReseau donnees)
    {
        var lignes = donnees.Communes
            .Select(c => new LigneQuiFaitQuoi(c, [.. CategorieBesoinTexte.Toutes.Select(b => Cellule(c.Code, b, donnees.Lieux.Where(l => l.CommuneCode == c.Code)))]))
            .ToList();
        var totaux = CategorieBesoinTexte.Toutes.Select(b => Cellule(null, b, donnees.Lieux)).ToList();
        return new QuiFaitQuoi(donnees.Siren, donnees.Nom, lignes, totaux);
    }

    private static CelluleQuiFaitQuoi Cellule(string? commune, CategorieBesoin besoin, IEnumerable<Lieu> lieux)
    {
        var offres = lieux
            .SelectMany(l => l.Services.Where(s => s.Categorie == besoin).Select(s => (Lieu: l, Service: s, Offre: CouvertureHebdomadaire.Offre(s, l.Horaires))))
            .ToList();
        var structures = offres.Select(o => o.Lieu.StructureId).Concat(offres.Select(o => o.Service.StructureId)).OfType<int>().Distinct().Count();
        return new CelluleQuiFaitQuoi(
            commune,
            besoin,
            offres.Select(o => o.Lieu.Id).Distinct().Count(),
            structures,
            offres.Sum(o => o.Offre.HeuresParSemaine ?? 0),
            offres.Count(o => o.Offre.HeuresParSemaine is null),
            offres.Count(o => o.Offre.HeuresDuLieu));
    }
}
