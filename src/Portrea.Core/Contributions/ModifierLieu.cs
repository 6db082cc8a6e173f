using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

/// <summary>What to change on a place, on behalf of whom, and from which version of the sheet the editor started.</summary>
public sealed record DemandeModification(
    string Identifiant,
    IReadOnlyDictionary<string, string?> Champs,
    int? VersionAttendue,
    AuteurModification Auteur,
    SourceModification Source)
{
    public int? PropositionId { get; init; }
    public int? VersionRestauree { get; init; }

    /// <summary>Recorded with the change when it answers something (a campaign correction: <see cref="EvenementsLieu.Correction"/>).</summary>
    public string? Evenement { get; init; }
}

/// <summary>
/// The one way a place changes outside imports: validates the wanted fields, refuses the change when the sheet moved
/// on since the editor's version (optimistic concurrency on <see cref="Lieu.Version"/>, which every change of the place,
/// its services, schedules or contacts increments), and writes the change and its history entry in one transaction.
/// </summary>
public sealed class ModifierLieu(PortreaDbContext db, TimeProvider horloge)
{
    private static readonly HashSet<string> ChampsDeLocalisation = ["codePostal", "commune", "codeInsee", "latitude", "longitude"];

    public async Task<ResultatModification> AppliquerAsync(DemandeModification demande, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var inconnus = demande.Champs.Keys.Where(c => !ChampsLieu.ParCode.ContainsKey(c)).ToList();
        if (inconnus.Count > 0)
        {
            return new ResultatModification(StatutModification.Invalide, null, null,
                [.. inconnus.Select(c => new ErreurChamp(c, $"Champ inconnu « {c} » : il ne fait pas partie de la fiche d'un lieu."))], []);
        }

        var lieu = await ChargerLieu.CompletAsync(db, demande.Identifiant, ct, suivi: true);
        if (lieu is null)
        {
            return ResultatModification.Introuvable();
        }

        if (demande.VersionAttendue is { } attendue && attendue != lieu.Version)
        {
            return await ConflitAsync(lieu, attendue, demande, ct);
        }

        var avant = ChampsLieu.Instantane(lieu);
        var voulu = new Dictionary<string, string?>(avant, StringComparer.Ordinal);
        foreach (var (code, valeur) in demande.Champs)
        {
            voulu[code] = ChampsLieu.Normaliser(valeur);
        }

        var (normalise, erreurs) = ValiderLieu.Valider(lieu.Identifiant, voulu);
        if (erreurs.Count > 0)
        {
            return new ResultatModification(StatutModification.Invalide, lieu, null, erreurs, []);
        }

        var changements = ChampsLieu.Comparer(avant, normalise);
        if (changements.Count == 0)
        {
            return new ResultatModification(StatutModification.SansChangement, lieu, null, [], []);
        }

        ChampsLieu.Appliquer(lieu, changements.ToDictionary(c => c.Champ, c => c.Apres));
        if (changements.Any(c => ChampsDeLocalisation.Contains(c.Champ)))
        {
            (await RattacherCommunes.ChargerAsync(db, ct)).Rattacher(lieu);
        }

        lieu.DateMaj = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        lieu.DateConfirmation = lieu.DateMaj;
        lieu.Version++;
        var modification = new ModificationLieu
        {
            LieuId = lieu.Id,
            Version = lieu.Version,
            Date = horloge.GetUtcNow(),
            AuteurId = demande.Auteur.Id,
            AuteurNom = demande.Auteur.Nom,
            Role = demande.Auteur.Role,
            Source = demande.Source,
            PropositionId = demande.PropositionId,
            VersionRestauree = demande.VersionRestauree,
            Evenement = demande.Evenement,
            Changements = ChangementChamp.Ecrire(changements),
        };
        db.ModificationsLieux.Add(modification);
        try
        {
            // One SaveChanges is one transaction: the place, its services and contacts, and the history entry.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var versionDeDepart = lieu.Version - 1;
            db.ChangeTracker.Clear();
            var actuel = await ChargerLieu.CompletAsync(db, demande.Identifiant, ct, suivi: false);
            return actuel is null ? ResultatModification.Introuvable() : await ConflitAsync(actuel, versionDeDepart, demande, ct);
        }

        return new ResultatModification(StatutModification.Applique, lieu, modification, [], []);
    }

    private async Task<ResultatModification> ConflitAsync(Lieu actuel, int versionDeDepart, DemandeModification demande, CancellationToken ct)
    {
        // Compared once normalised, so that « 02 99… » typed for a stored « +33 2 99… » is not taken for an edit.
        var voulu = new Dictionary<string, string?>(ChampsLieu.Instantane(actuel), StringComparer.Ordinal);
        foreach (var (code, valeur) in demande.Champs.Where(c => ChampsLieu.ParCode.ContainsKey(c.Key)))
        {
            voulu[code] = ChampsLieu.Normaliser(valeur);
        }

        var (normalise, _) = ValiderLieu.Valider(actuel.Identifiant, voulu);
        var demandes = demande.Champs.Keys.Where(normalise.ContainsKey).ToDictionary(c => c, c => normalise[c], StringComparer.Ordinal);
        return new(StatutModification.Conflit, actuel, null, [], await ModifieDepuisAsync(db, actuel, versionDeDepart, demandes, ct));
    }

    /// <summary>Fields changed on <paramref name="actuel"/> after <paramref name="version"/>, with the editor's wanted values.</summary>
    public static async Task<List<ChampModifieEntreTemps>> ModifieDepuisAsync(
        PortreaDbContext db, Lieu actuel, int version, IReadOnlyDictionary<string, string?> voulus, CancellationToken ct)
    {
        var entrees = await db.ModificationsLieux.AsNoTracking()
            .Where(m => m.LieuId == actuel.Id && m.Version > version)
            .OrderBy(m => m.Version)
            .ToListAsync(ct);
        var aVotreVersion = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var changement in entrees.SelectMany(e => e.LireChangements()))
        {
            aVotreVersion.TryAdd(changement.Champ, changement.Avant);
        }

        var maintenant = ChampsLieu.Instantane(actuel);
        return [.. ChampsLieu.Tous.Where(c => aVotreVersion.ContainsKey(c.Code)).Select(c =>
        {
            var votre = voulus.TryGetValue(c.Code, out var v) ? ChampsLieu.Normaliser(v) : null;
            var modifie = voulus.ContainsKey(c.Code) && votre != aVotreVersion[c.Code];
            return new ChampModifieEntreTemps(c.Code, c.Libelle, aVotreVersion[c.Code], maintenant[c.Code], votre, modifie);
        })];
    }
}
