using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>Everything held about a person as a place contact, within the user's places.</summary>
public sealed record DonneesTrouvees(
    IReadOnlyList<ContactLieu> Contacts,
    IReadOnlyList<ModificationLieu> Historique,
    IReadOnlyList<Proposition> Propositions,
    IReadOnlyList<MessageSortant> Messages,
    IReadOnlyDictionary<int, (string Identifiant, string Nom)> Lieux)
{
    public bool Vide => Contacts.Count == 0 && Historique.Count == 0 && Propositions.Count == 0 && Messages.Count == 0;

    public IEnumerable<int> LieuxConcernes =>
        Contacts.Select(c => c.LieuId).Concat(Historique.Select(h => h.LieuId)).Concat(Propositions.Select(p => p.LieuId)).Distinct().Order();
}

/// <summary>
/// Finds a person in place contacts, in the history's contact values, in proposals (author address or proposed
/// contacts) and in the outbox. Names are compared without case nor accents, which the databases cannot do alike, so
/// the candidates of the user's places are read and compared here.
/// </summary>
public sealed class RechercherPersonne(PortreaDbContext db)
{
    // How a contacts change and a proposal with contacts look in their JSON columns (ChangementChamp.Json, web casing).
    private const string ChangementContacts = "\"champ\":\"contacts\"";
    private const string ProposeContacts = "\"contacts\":";

    public async Task<DonneesTrouvees> RechercherAsync(ClaimsPrincipal utilisateur, PersonneRecherchee personne, bool suivi, CancellationToken ct)
    {
        var lieux = PerimetreDonnees.Lieux(db, utilisateur).Select(l => l.Id);
        var contacts = (await Suivre(db.Set<ContactLieu>(), suivi).Where(c => lieux.Contains(c.LieuId)).OrderBy(c => c.Id).ToListAsync(ct))
            .Where(c => personne.Correspond(c.Nom, c.Courriel)).ToList();
        var historique = (await Suivre(db.ModificationsLieux, suivi)
                .Where(m => lieux.Contains(m.LieuId) && m.Changements.Contains(ChangementContacts)).OrderBy(m => m.Id).ToListAsync(ct))
            .Where(m => m.LireChangements().Any(c => c.Champ == ChampsLieu.Contacts
                && (ContactEfface.Trouver(c.Avant, personne).Count > 0 || ContactEfface.Trouver(c.Apres, personne).Count > 0)))
            .ToList();
        var propositions = (await Suivre(db.Propositions, suivi)
                .Where(p => lieux.Contains(p.LieuId) && (p.Courriel != null || p.Champs.Contains(ProposeContacts))).OrderBy(p => p.Id).ToListAsync(ct))
            .Where(p => personne.CorrespondCourriel(p.Courriel) || ContactEfface.Trouver(p.LireChamps().GetValueOrDefault(ChampsLieu.Contacts), personne).Count > 0)
            .ToList();

        // Mail is not tied to a place: a referent sees it only for an address found among their places' people.
        var messages = new List<MessageSortant>();
        var adresseConnue = DroitsLieu.EstAdministrateur(utilisateur)
            || contacts.Any(c => personne.CorrespondCourriel(c.Courriel)) || propositions.Any(p => personne.CorrespondCourriel(p.Courriel));
        if (personne.Email is { } email && adresseConnue)
        {
            var minuscules = email.ToLowerInvariant();
            messages = await Suivre(db.MessagesSortants, suivi).Where(m => m.Destinataire.ToLower() == minuscules).OrderBy(m => m.Id).ToListAsync(ct);
        }

        var ids = contacts.Select(c => c.LieuId).Concat(historique.Select(h => h.LieuId)).Concat(propositions.Select(p => p.LieuId)).Distinct().ToList();
        var noms = await db.Lieux.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => (l.Identifiant, l.Nom), ct);
        return new DonneesTrouvees(contacts, historique, propositions, messages, noms);
    }

    private static IQueryable<T> Suivre<T>(IQueryable<T> requete, bool suivi)
        where T : class => suivi ? requete : requete.AsNoTracking();
}
