using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>Where one place stands in a campaign.</summary>
public sealed record LigneTableau(
    int DestinataireId, int LieuId, string Identifiant, string Nom, string Commune, string Courriel, string? Telephone,
    int Envois, bool Envoye, bool Delivre, bool Refuse, DateTimeOffset? OuvertLe, DateTimeOffset? ConfirmeLe, DateTimeOffset? CorrigeLe,
    AppelCampagne? DernierAppel)
{
    public bool ARepondu => ConfirmeLe is not null || CorrigeLe is not null;

    public bool SansReponse => Envoye && !ARepondu;
}

/// <summary>Campaign totals. Sent: first e-mail queued; delivered: accepted by the mail server; refused: bounced for good.</summary>
public sealed record TotauxCampagne(int Destinataires, int Envoyes, int Delivres, int Refuses, int Ouverts, int Confirmes, int Corriges, int SansReponse, int Relances);

public sealed record Tableau(IReadOnlyList<LigneTableau> Lignes, TotauxCampagne Totaux);

/// <summary>The campaign dashboard, per place and in total, read from the recipients, sends, outbox and calls.</summary>
public static class TableauCampagne
{
    public static async Task<Tableau> CalculerAsync(PortreaDbContext db, int campagneId, CancellationToken ct)
    {
        var destinataires = await (from d in db.DestinatairesCampagnes
                                   join l in db.Lieux on d.LieuId equals l.Id
                                   where d.CampagneId == campagneId
                                   orderby l.Nom, l.Id
                                   select new { d, l.Identifiant, l.Nom, l.Commune, l.Telephone }).AsNoTracking().ToListAsync(ct);
        var envois = await (from e in db.EnvoisCampagnes
                            join d in db.DestinatairesCampagnes on e.DestinataireId equals d.Id
                            join m in db.MessagesSortants on e.MessageSortantId equals m.Id
                            where d.CampagneId == campagneId
                            select new { e.DestinataireId, e.Rang, m.EnvoyeLe, m.RefuseLe }).AsNoTracking().ToListAsync(ct);
        var appels = await (from a in db.AppelsCampagnes
                            join d in db.DestinatairesCampagnes on a.DestinataireId equals d.Id
                            where d.CampagneId == campagneId
                            select a).AsNoTracking().ToListAsync(ct);
        var parDestinataire = envois.ToLookup(e => e.DestinataireId);
        var dernierAppel = appels.GroupBy(a => a.DestinataireId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Date).ThenBy(a => a.Id).Last());
        var lignes = destinataires.Select(x =>
        {
            var siens = parDestinataire[x.d.Id].ToList();
            var premier = siens.FirstOrDefault(e => e.Rang == 0);
            return new LigneTableau(x.d.Id, x.d.LieuId, x.Identifiant, x.Nom, x.Commune, x.d.Courriel, x.Telephone, siens.Count, premier is not null,
                siens.Any(e => e.EnvoyeLe is not null), siens.Any(e => e.RefuseLe is not null), x.d.OuvertLe, x.d.ConfirmeLe, x.d.CorrigeLe,
                dernierAppel.GetValueOrDefault(x.d.Id));
        }).ToList();
        var totaux = new TotauxCampagne(
            lignes.Count,
            lignes.Count(l => l.Envoye),
            lignes.Count(l => l.Delivre),
            lignes.Count(l => l.Refuse),
            lignes.Count(l => l.OuvertLe is not null),
            lignes.Count(l => l.ConfirmeLe is not null && l.CorrigeLe is null),
            lignes.Count(l => l.CorrigeLe is not null),
            lignes.Count(l => l.SansReponse),
            envois.Count(e => e.Rang > 0));
        return new Tableau(lignes, totaux);
    }
}
