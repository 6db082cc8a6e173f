namespace Portrea.Core.Lieux.Standard;

/// <summary>
/// The one table between the standard's 9 services and PorTReA's 5 need categories (documented in data/README.md).
/// It follows the Hub Bretagne mapping used by the national cartography, read backwards: each national service lands in
/// the need it answers. « Dépanner, réparer » has no national service; « être informé·e et orienté·e » comes from
/// France Services and PorTReA data.
/// </summary>
public static class CorrespondanceBesoins
{
    public static readonly IReadOnlyDictionary<string, CategorieBesoin> ParServiceNational = new Dictionary<string, CategorieBesoin>
    {
        ["Aide aux démarches administratives"] = CategorieBesoin.EtreAideDemarches,
        ["Maîtrise des outils numériques du quotidien"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Insertion professionnelle via le numérique"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Utilisation sécurisée du numérique"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Parentalité et éducation avec le numérique"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Loisirs et créations numériques"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Compréhension du monde numérique"] = CategorieBesoin.DevelopperCultureNumerique,
        ["Accès internet et matériel informatique"] = CategorieBesoin.AccederMaterielReseau,
        ["Acquisition de matériel informatique à prix solidaire"] = CategorieBesoin.AccederMaterielReseau,
    };

    /// <summary>The national service a PorTReA category exports to when a service carries none (Hub Bretagne mapping).</summary>
    public static string? ServiceNationalParDefaut(CategorieBesoin categorie) => categorie switch
    {
        CategorieBesoin.EtreAideDemarches => "Aide aux démarches administratives",
        CategorieBesoin.AccederMaterielReseau or CategorieBesoin.DepannerReparerMateriel => "Accès internet et matériel informatique",
        _ => "Compréhension du monde numérique",
    };

    /// <summary>Name of the information and orientation service France Services places give.</summary>
    public const string ServiceInformationOrientation = "Accueil, information et orientation";
}
