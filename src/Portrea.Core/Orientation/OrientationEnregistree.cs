namespace Portrea.Core.Orientation;

/// <summary>
/// A referral a professional chose to record, for the territory's observed demand. Anonymous by construction: need,
/// precise service, the person's commune, the day and the place, nothing else (no time, no situation, no person).
/// </summary>
public sealed class OrientationEnregistree
{
    public int Id { get; set; }

    /// <summary>The day only: an hour could help re-identify a person in a small commune.</summary>
    public DateOnly Jour { get; set; }

    /// <summary>Need category code (<c>etre_aidee</c>…), stable across renamings of its label.</summary>
    public required string Besoin { get; set; }

    /// <summary>Precise service code of the catalogue, when one was chosen.</summary>
    public string? ServicePrecis { get; set; }

    /// <summary>INSEE code of the person's commune when given as a commune; null for « autour de moi » (a position is never stored).</summary>
    public string? CommuneCode { get; set; }

    /// <summary>Public identifier of the place, which survives re-imports (database ids do not); null when no place offered the need.</summary>
    public string? LieuIdentifiant { get; set; }

    /// <summary>What the request found at the time (a gap when nothing fits every criterion); null for referrals recorded before it was kept.</summary>
    public ReponseOrientation? Reponse { get; set; }
}
