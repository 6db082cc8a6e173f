using Portrea.Core.Lieux;

namespace Portrea.Core.Orientation;

/// <summary>How well a place answers the request.</summary>
public enum Correspondance
{
    /// <summary>Every criterion is known to be met.</summary>
    Complete,

    /// <summary>No criterion is known to fail, but some cannot be checked (hours or care not given).</summary>
    ARenseigner,

    /// <summary>At least one criterion is known to fail.</summary>
    Partielle,
}

/// <summary>One place in the ranking, with why it fits, what it misses, what cannot be checked, and what the person needs to know.</summary>
public sealed record LieuPropose(
    Lieu Lieu,
    double DistanceKm,
    bool DistanceApprochee,
    IReadOnlyList<string> Raisons,
    IReadOnlyList<string> Manques,
    IReadOnlyList<string> NonRenseignes,
    IReadOnlyList<string> AApporter,
    IReadOnlyList<string> Acces,
    string HorairesEnFrancais,
    IReadOnlyList<string> HorairesServices,
    string? ProchaineOuverture,
    string? Tarif)
{
    public Correspondance Correspondance =>
        Manques.Count > 0 ? Correspondance.Partielle : NonRenseignes.Count > 0 ? Correspondance.ARenseigner : Correspondance.Complete;
}

/// <summary>The ranked places and, when none meets every criterion, the honest statement of it.</summary>
public sealed record ResultatOrientation(DemandeOrientation Demande, IReadOnlyList<LieuPropose> Lieux, int CandidatsDansLeRayon)
{
    public bool ToutCorrespond => Lieux.Any(l => l.Correspondance == Correspondance.Complete);

    public string Bilan => Lieux.Count == 0
        ? $"Aucun lieu ne propose ce besoin à moins de {Demande.RayonKm:0} km de {Demande.Depart.Libelle}. Élargissez la distance ou choisissez un autre besoin."
        : ToutCorrespond
            ? "Les lieux qui répondent à tous vos critères sont en tête de liste."
            : Lieux.Any(l => l.Correspondance == Correspondance.ARenseigner)
                ? "Aucun lieu ne répond avec certitude à tous vos critères : certaines informations ne sont pas renseignées. Voici les options les plus proches ; vérifiez-les par téléphone."
                : "Aucun lieu ne répond à tous vos critères. Voici les options les plus proches, avec ce qui leur manque.";
}
