using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Lieux.Recherche;

/// <summary>Filters places in the database (territory, need, service, public, label, text); opening times are checked afterwards in process.</summary>
public static class RechercherLieux
{
    public static IQueryable<Lieu> Filtrer(PortreaDbContext db, FiltresLieux filtres)
    {
        // Drafts (census template rows) stay out of every public list until a referent publishes them.
        var requete = db.Lieux.AsNoTracking().Where(l => !l.Brouillon);
        if (filtres.Commune is { } commune)
        {
            requete = requete.Where(l => l.CommuneCode == commune);
        }

        if (filtres.Epci is { } epci)
        {
            requete = requete.Where(l => db.Communes.Any(c => c.Code == l.CommuneCode && c.EpciSiren == epci));
        }

        if (filtres.Departement is { } departement)
        {
            requete = requete.Where(l => db.Communes.Any(c => c.Code == l.CommuneCode && c.DepartementCode == departement));
        }

        if (filtres.Besoin is { } besoin)
        {
            requete = requete.Where(l => l.Services.Any(s => s.Categorie == besoin));
        }

        if (filtres.Service is { } service)
        {
            requete = requete.Where(l => l.Services.Any(s => s.ServiceNational == service));
        }

        if (filtres.Public is { } publicVise)
        {
            var motif = "|" + publicVise + "|";
            requete = requete.Where(l => ("|" + l.PublicsSpecifiquementAdresses + "|").Contains(motif) || ("|" + l.PriseEnChargeSpecifique + "|").Contains(motif));
        }

        if (filtres.Label is { } label)
        {
            var motif = "|" + label + "|";
            requete = requete.Where(l => ("|" + l.DispositifProgrammesNationaux + "|").Contains(motif) || ("|" + l.FormationsLabels + "|").Contains(motif));
        }

        if (!string.IsNullOrWhiteSpace(filtres.Texte))
        {
            var texte = filtres.Texte.Trim().ToLower();
            requete = requete.Where(l => l.Nom.ToLower().Contains(texte) || l.Commune.ToLower().Contains(texte)
                || l.Adresse.ToLower().Contains(texte) || l.CodePostal == texte);
        }

        return requete.OrderBy(l => l.Nom).ThenBy(l => l.Id);
    }

    /// <summary>One page of the filtered places, with their services and public contacts, and the total count.</summary>
    public static async Task<(int Total, List<Lieu> Lieux)> PagerAsync(
        PortreaDbContext db, FiltresLieux filtres, int saut, int taille, CancellationToken ct)
    {
        var requete = Filtrer(db, filtres);
        int total;
        if (filtres.OuvertA is { } instant)
        {
            // Opening hours cannot be evaluated in SQL: the filtered set's hours are read and checked here.
            var candidats = await requete.Where(l => l.Horaires != null).Select(l => new { l.Id, l.Horaires }).ToListAsync(ct);
            var ouverts = candidats.Where(c => EstOuvert(c.Horaires, instant)).Select(c => c.Id).ToList();
            total = ouverts.Count;
            var page = ouverts.Skip(saut).Take(taille).ToList();
            requete = Filtrer(db, filtres with { OuvertA = null }).Where(l => page.Contains(l.Id));
            saut = 0;
        }
        else
        {
            total = await requete.CountAsync(ct);
        }

        var lieux = await requete.Skip(saut).Take(taille)
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Contacts.Where(c => c.Public))
            .Include(l => l.Structure)
            .AsSplitQuery()
            .ToListAsync(ct);
        return (total, lieux);
    }

    public static async Task<List<Lieu>> TousAsync(PortreaDbContext db, FiltresLieux filtres, CancellationToken ct) =>
        (await PagerAsync(db, filtres, 0, int.MaxValue, ct)).Lieux;

    public static bool EstOuvert(string? horaires, DateTime heureDeParis) =>
        horaires is not null && HorairesOsm.TryAnalyser(horaires, out var osm, out _) && osm.EstOuvert(heureDeParis);
}
