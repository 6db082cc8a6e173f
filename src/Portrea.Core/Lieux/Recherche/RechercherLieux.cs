using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Lieux.Recherche;

/// <summary>Filters places in the database (territory, need, service, public, label, text); opening times are checked afterwards in process.</summary>
public static class RechercherLieux
{
    public static IQueryable<Lieu> Filtrer(PortreaDbContext db, FiltresLieux filtres)
    {
        var requete = db.Lieux.AsNoTracking();
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
}
