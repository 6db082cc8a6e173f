using Portrea.Core.Lieux;

namespace Portrea.Core.Contributions;

public enum StatutModification
{
    Applique,
    SansChangement,
    Introuvable,
    Invalide,
    Conflit,
}

/// <summary>
/// The outcome of <see cref="ModifierLieu"/>: applied (with the new version and the history entry), nothing to change,
/// invalid (French messages per field), or a conflict listing what changed since the version the editor started from.
/// </summary>
public sealed record ResultatModification(
    StatutModification Statut,
    Lieu? Lieu,
    ModificationLieu? Modification,
    IReadOnlyList<ErreurChamp> Erreurs,
    IReadOnlyList<ChampModifieEntreTemps> ModifieEntreTemps)
{
    public int Version => Lieu?.Version ?? 0;

    public static ResultatModification Introuvable() => new(StatutModification.Introuvable, null, null, [], []);
}

/// <summary>
/// A field someone else changed since the editor's version: its value then, its value now, and what the editor wanted
/// (null when the editor did not touch it), so that the editor can merge instead of losing either edit.
/// </summary>
public sealed record ChampModifieEntreTemps(string Champ, string Libelle, string? ValeurDeVotreVersion, string? ValeurActuelle, string? VotreValeur, bool VousLAvezModifie);
