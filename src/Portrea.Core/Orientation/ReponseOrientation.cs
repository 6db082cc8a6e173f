namespace Portrea.Core.Orientation;

/// <summary>
/// What the request found when the referral was recorded: the best fit among the places within the radius, or no
/// place at all. Stored with the referral so that the territory sees the needs left without fitting help.
/// </summary>
public enum ReponseOrientation
{
    /// <summary>At least one place meets every criterion.</summary>
    Complete,

    /// <summary>No place is known to fail, but some criteria could not be checked.</summary>
    ARenseigner,

    /// <summary>Every place within the radius misses at least one criterion.</summary>
    Partielle,

    /// <summary>No place offers the need within the radius.</summary>
    AucunLieu,
}

public static class ReponseOrientationTexte
{
    /// <summary>Neither a complete nor a possibly complete answer: a gap for the portrait.</summary>
    public static bool EstUnManque(this ReponseOrientation reponse) => reponse is ReponseOrientation.Partielle or ReponseOrientation.AucunLieu;

    public static ReponseOrientation Depuis(ResultatOrientation resultat) => resultat.Lieux.Count == 0
        ? ReponseOrientation.AucunLieu
        : resultat.Lieux.Min(l => l.Correspondance) switch
        {
            Correspondance.Complete => ReponseOrientation.Complete,
            Correspondance.ARenseigner => ReponseOrientation.ARenseigner,
            _ => ReponseOrientation.Partielle,
        };
}
