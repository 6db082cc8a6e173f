using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Web.Features.Carte;

/// <summary>The choices offered by the map's filter form, and how each need category is drawn.</summary>
public sealed record ChoixCarte(IReadOnlyList<IndicateurCarte> Indicateurs)
{
    public static IReadOnlyList<BesoinCarte> Besoins { get; } =
    [
        // Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; the letter repeats the
        // information so that it never rests on colour alone.
        new(CategorieBesoin.EtreInformeOriente.Code(), CategorieBesoin.EtreInformeOriente.Libelle(), "I", "#0061a8"),
        new(CategorieBesoin.AccederMaterielReseau.Code(), CategorieBesoin.AccederMaterielReseau.Libelle(), "M", "#007a5a"),
        new(CategorieBesoin.DepannerReparerMateriel.Code(), CategorieBesoin.DepannerReparerMateriel.Libelle(), "R", "#8a5a00"),
        new(CategorieBesoin.EtreAideDemarches.Code(), CategorieBesoin.EtreAideDemarches.Libelle(), "D", "#b33c00"),
        new(CategorieBesoin.DevelopperCultureNumerique.Code(), CategorieBesoin.DevelopperCultureNumerique.Libelle(), "F", "#9c3f7a"),
    ];

    public static IReadOnlyList<string> Services => ValeursStandard.Services;

    public static IReadOnlyList<string> Publics => [.. ValeursStandard.PublicsSpecifiquementAdresses, .. ValeursStandard.PriseEnChargeSpecifique];

    public static IReadOnlyList<string> Labels => [.. ValeursStandard.DispositifProgrammesNationaux, .. ValeursStandard.FormationsLabels];
}

/// <summary><c>EnPart</c>: the map colours the share of the population (comparable between territories of any size), not the count.</summary>
public sealed record IndicateurCarte(string Code, string Libelle, string Unite, bool EnPart);

public sealed record BesoinCarte(string Code, string Libelle, string Lettre, string Couleur);
