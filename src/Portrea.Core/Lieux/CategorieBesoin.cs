namespace Portrea.Core.Lieux;

/// <summary>The five need categories of the PorTReA method; every service belongs to one.</summary>
public enum CategorieBesoin
{
    EtreInformeOriente = 1,
    AccederMaterielReseau = 2,
    DepannerReparerMateriel = 3,
    EtreAideDemarches = 4,
    DevelopperCultureNumerique = 5,
}

public static class CategorieBesoinTexte
{
    public static readonly IReadOnlyList<CategorieBesoin> Toutes = Enum.GetValues<CategorieBesoin>();

    /// <summary>Code used in URLs and the API (<c>besoin=…</c>), the keys of the PorTReA API.</summary>
    public static string Code(this CategorieBesoin categorie) => categorie switch
    {
        CategorieBesoin.EtreInformeOriente => "etre_informe_oriente",
        CategorieBesoin.AccederMaterielReseau => "acces_materiel_informatique",
        CategorieBesoin.DepannerReparerMateriel => "depanner_reparer_materiel",
        CategorieBesoin.EtreAideDemarches => "etre_aidee",
        CategorieBesoin.DevelopperCultureNumerique => "developper_culture_numerique",
        _ => throw new ArgumentOutOfRangeException(nameof(categorie)),
    };

    public static string Libelle(this CategorieBesoin categorie) => categorie switch
    {
        CategorieBesoin.EtreInformeOriente => "Être informé·e et orienté·e",
        CategorieBesoin.AccederMaterielReseau => "Accéder à du matériel et au réseau",
        CategorieBesoin.DepannerReparerMateriel => "Dépanner, réparer du matériel",
        CategorieBesoin.EtreAideDemarches => "Être aidé·e dans ses démarches",
        CategorieBesoin.DevelopperCultureNumerique => "Développer sa culture numérique, se former",
        _ => throw new ArgumentOutOfRangeException(nameof(categorie)),
    };

    public static bool TryParse(string? texte, out CategorieBesoin categorie)
    {
        categorie = default;
        var t = texte?.Trim().ToLowerInvariant();
        foreach (var c in Toutes)
        {
            if (t == c.Code() || t == c.ToString().ToLowerInvariant() || t == ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                categorie = c;
                return true;
            }
        }

        return false;
    }
}
