using Portrea.Core.Lieux.Standard;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

public sealed record DemandeProposition(
    string Identifiant, IReadOnlyDictionary<string, string?> Champs, AuteurModification Auteur, string? Courriel, string? Message, int? VersionBase);

public sealed record ResultatProposition(StatutModification Statut, Proposition? Proposition, IReadOnlyList<ErreurChamp> Erreurs);

/// <summary>
/// Records a suggested change for the moderation queue of the place's EPCI. The proposed values are checked with the
/// same rules as a published edit; only the fields that differ from the sheet are kept.
/// </summary>
public sealed class ProposerModification(PortreaDbContext db, TimeProvider horloge)
{
    public const int LongueurMessageMax = 2000;

    public async Task<ResultatProposition> ProposerAsync(DemandeProposition demande, CancellationToken ct)
    {
        var lieu = await ChargerLieu.CompletAsync(db, demande.Identifiant, ct);
        if (lieu is null)
        {
            return new ResultatProposition(StatutModification.Introuvable, null, []);
        }

        var erreurs = new List<ErreurChamp>();
        erreurs.AddRange(demande.Champs.Keys.Where(c => !ChampsLieu.ParCode.ContainsKey(c) || c == ChampsLieu.Brouillon)
            .Select(c => new ErreurChamp($"champs.{c}", $"Champ inconnu « {c} » : il ne fait pas partie de la fiche d'un lieu.")));
        var courriel = ChampsLieu.Normaliser(demande.Courriel);
        if (courriel is not null && (courriel.Length > 300 || !ReglesStandard.Courriel().IsMatch(courriel)))
        {
            erreurs.Add(new ErreurChamp("email", $"« {courriel} » n'est pas une adresse électronique."));
        }

        var message = ChampsLieu.Normaliser(demande.Message);
        if (message is { Length: > LongueurMessageMax })
        {
            erreurs.Add(new ErreurChamp("message", $"Le message fait {message.Length} caractères : {LongueurMessageMax} au plus."));
        }

        if (erreurs.Count > 0)
        {
            return new ResultatProposition(StatutModification.Invalide, null, erreurs);
        }

        var actuel = ChampsLieu.Instantane(lieu);
        var voulu = new Dictionary<string, string?>(actuel, StringComparer.Ordinal);
        foreach (var (code, valeur) in demande.Champs)
        {
            voulu[code] = ChampsLieu.Normaliser(valeur);
        }

        var (normalise, erreursChamps) = ValiderLieu.Valider(lieu.Identifiant, voulu);
        // A flaw elsewhere on the sheet is the moderator's business, not the author's: only the proposed fields count.
        erreurs.AddRange(erreursChamps.Where(e => demande.Champs.ContainsKey(Racine(e.Champ))).Select(e => e with { Champ = $"champs.{e.Champ}" }));
        if (erreurs.Count > 0)
        {
            return new ResultatProposition(StatutModification.Invalide, null, erreurs);
        }

        var proposes = ChampsLieu.Comparer(actuel, normalise).Where(c => demande.Champs.ContainsKey(c.Champ)).ToDictionary(c => c.Champ, c => c.Apres);
        if (proposes.Count == 0 && message is null)
        {
            return new ResultatProposition(StatutModification.Invalide, null,
                [new ErreurChamp("champs", "La proposition ne change rien à la fiche : indiquez au moins un champ modifié ou un message.")]);
        }

        var proposition = new Proposition
        {
            LieuId = lieu.Id,
            EpciSiren = await DroitsLieu.EpciDuLieuAsync(db, lieu.CommuneCode, ct),
            VersionBase = demande.VersionBase ?? lieu.Version,
            Date = horloge.GetUtcNow(),
            AuteurId = demande.Auteur.Id,
            AuteurNom = demande.Auteur.Nom,
            Role = demande.Auteur.Role,
            Courriel = courriel,
            Message = message,
            Champs = System.Text.Json.JsonSerializer.Serialize(proposes, ChangementChamp.Json),
            Statut = StatutModeration.AModerer,
        };
        db.Propositions.Add(proposition);
        await db.SaveChangesAsync(ct);
        return new ResultatProposition(StatutModification.Applique, proposition, []);
    }

    private static string Racine(string champ) => champ.Split('[', '.')[0];
}
