namespace Portrea.Core.Lieux;

/// <summary>How a place was attached to its commune.</summary>
public enum RattachementCommune
{
    /// <summary>No loaded commune matches the place.</summary>
    Aucun = 0,

    /// <summary>Its coordinates fall inside the commune's contour.</summary>
    Coordonnees = 1,

    /// <summary>No usable coordinates: the INSEE code given by the source.</summary>
    CodeInsee = 2,

    /// <summary>Neither coordinates nor INSEE code: the only loaded commune with this postal code and name.</summary>
    CodePostal = 3,
}
