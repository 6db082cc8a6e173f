using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Courriel;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

public enum TypeDecision
{
    PrendreEnCharge,
    Accepter,
    Refuser,
}

/// <summary>
/// A moderator's decision. <see cref="Champs"/> null accepts every proposed field, a subset accepts part of them.
/// <see cref="Version"/> is the place's version the moderator saw: when the accepted fields changed since, the decision
/// is refused with both values so that the moderator decides knowingly.
/// </summary>
public sealed record DecisionModeration(TypeDecision Type, IReadOnlyList<string>? Champs, string? Motif, int? Version);

public enum StatutDecision
{
    Enregistree,
    Introuvable,
    DejaDecidee,
    Invalide,
    Conflit,
}

public sealed record ResultatDecision(StatutDecision Statut, Proposition? Proposition, IReadOnlyList<ErreurChamp> Erreurs, IReadOnlyList<ChampModifieEntreTemps> ModifieEntreTemps, int VersionActuelle = 0);

/// <summary>
/// Moderation of proposals by the referents of the place's EPCI (an administrator moderates all): accepted fields are
/// applied through <see cref="ModifierLieu"/> with source « moderation »; the author is told when they left an address.
/// </summary>
public sealed class ModererProposition(PortreaDbContext db, ModifierLieu modifier, IBoiteEnvoi boiteEnvoi, TimeProvider horloge)
{
    public async Task<ResultatDecision> DeciderAsync(int id, DecisionModeration decision, ClaimsPrincipal moderateur, CancellationToken ct)
    {
        var proposition = await db.Propositions.FirstOrDefaultAsync(p => p.Id == id, ct);
        // Out of scope looks like not found: a referent must not learn what other territories receive.
        if (proposition is null || !DroitsLieu.Modere(moderateur, proposition.EpciSiren))
        {
            return new ResultatDecision(StatutDecision.Introuvable, null, [], []);
        }

        if (!proposition.Statut.EstOuverte())
        {
            return new ResultatDecision(StatutDecision.DejaDecidee, proposition, [], []);
        }

        var auteur = AuteurModification.Depuis(moderateur);
        switch (decision.Type)
        {
            case TypeDecision.PrendreEnCharge:
                proposition.Statut = StatutModeration.EnCours;
                await db.SaveChangesAsync(ct);
                return new ResultatDecision(StatutDecision.Enregistree, proposition, [], []);
            case TypeDecision.Refuser:
                var motif = ChampsLieu.Normaliser(decision.Motif);
                if (motif is null)
                {
                    return new ResultatDecision(StatutDecision.Invalide, proposition, [new ErreurChamp("motif", "Indiquez le motif du refus : il sera transmis à l'auteur s'il a laissé son adresse.")], []);
                }

                Decider(proposition, StatutModeration.Refusee, [], motif, auteur);
                await PrevenirAsync(proposition, ct);
                await db.SaveChangesAsync(ct);
                return new ResultatDecision(StatutDecision.Enregistree, proposition, [], []);
            default:
                return await AccepterAsync(proposition, decision, auteur, ct);
        }
    }

    private async Task<ResultatDecision> AccepterAsync(Proposition proposition, DecisionModeration decision, AuteurModification auteur, CancellationToken ct)
    {
        var proposes = proposition.LireChamps();
        var acceptes = decision.Champs?.Distinct().ToList() ?? [.. proposes.Keys];
        var horsProposition = acceptes.Where(c => !proposes.ContainsKey(c)).ToList();
        if (horsProposition.Count > 0 || (acceptes.Count == 0 && proposes.Count > 0))
        {
            return new ResultatDecision(StatutDecision.Invalide, proposition,
                [new ErreurChamp("champs", horsProposition.Count > 0
                    ? $"Ces champs ne font pas partie de la proposition : {string.Join(", ", horsProposition)}."
                    : "Choisissez au moins un champ à accepter, ou refusez la proposition.")], []);
        }

        var lieu = await db.Lieux.AsNoTracking().Include(l => l.Services).ThenInclude(s => s.Creneaux).Include(l => l.Contacts).AsSplitQuery()
            .FirstAsync(l => l.Id == proposition.LieuId, ct);
        var vue = decision.Version ?? proposition.VersionBase;
        var valeurs = acceptes.ToDictionary(c => c, c => proposes[c], StringComparer.Ordinal);
        if (vue != lieu.Version)
        {
            var conflits = (await ModifierLieu.ModifieDepuisAsync(db, lieu, vue, valeurs, ct)).Where(m => valeurs.ContainsKey(m.Champ)).ToList();
            if (conflits.Count > 0)
            {
                return new ResultatDecision(StatutDecision.Conflit, proposition, [], conflits, lieu.Version);
            }
        }

        var resultat = await modifier.AppliquerAsync(
            new DemandeModification(lieu.Identifiant, valeurs, lieu.Version, auteur, SourceModification.Moderation) { PropositionId = proposition.Id }, ct);
        if (resultat.Statut is StatutModification.Conflit)
        {
            return new ResultatDecision(StatutDecision.Conflit, proposition, [], [.. resultat.ModifieEntreTemps.Where(m => valeurs.ContainsKey(m.Champ))], resultat.Version);
        }

        if (resultat.Statut is StatutModification.Invalide)
        {
            return new ResultatDecision(StatutDecision.Invalide, proposition, resultat.Erreurs, []);
        }

        db.ChangeTracker.Clear();
        var suivie = await db.Propositions.FirstAsync(p => p.Id == proposition.Id, ct);
        Decider(suivie, acceptes.Count == proposes.Count ? StatutModeration.Acceptee : StatutModeration.PartiellementAcceptee, acceptes, null, auteur);
        await PrevenirAsync(suivie, ct);
        await db.SaveChangesAsync(ct);
        return new ResultatDecision(StatutDecision.Enregistree, suivie, [], []);
    }

    private void Decider(Proposition proposition, StatutModeration statut, List<string> acceptes, string? motif, AuteurModification auteur)
    {
        proposition.Statut = statut;
        proposition.ChampsAcceptes = JsonSerializer.Serialize(acceptes, ChangementChamp.Json);
        proposition.MotifRefus = motif;
        proposition.DecideeLe = horloge.GetUtcNow();
        proposition.DecideeParId = auteur.Id;
        proposition.DecideeParNom = auteur.Nom;
    }

    /// <summary>Queued before the decision is saved, so that the message is committed with it or not at all.</summary>
    private async Task PrevenirAsync(Proposition proposition, CancellationToken ct)
    {
        if (proposition.Courriel is not { } destinataire)
        {
            return;
        }

        var nom = await db.Lieux.Where(l => l.Id == proposition.LieuId).Select(l => l.Nom).FirstAsync(ct);
        var acceptes = proposition.LireChampsAcceptes().Select(ChampsLieu.Libelle).ToList();
        var corps = proposition.Statut switch
        {
            StatutModeration.Acceptee => $"Bonjour,\n\nVotre proposition de modification de la fiche « {nom} » a été acceptée et publiée. Merci pour votre contribution.\n",
            StatutModeration.PartiellementAcceptee => $"Bonjour,\n\nVotre proposition de modification de la fiche « {nom} » a été acceptée en partie. Champs publiés : {string.Join(", ", acceptes)}.\nMerci pour votre contribution.\n",
            _ => $"Bonjour,\n\nVotre proposition de modification de la fiche « {nom} » n'a pas été retenue.\nMotif : {proposition.MotifRefus}\n",
        };
        await boiteEnvoi.DeposerAsync(destinataire, $"Votre proposition pour « {nom} » : {proposition.Statut.Libelle().ToLowerInvariant()}", corps + "\nL'équipe Portrea de votre territoire\n", ct);
    }
}
