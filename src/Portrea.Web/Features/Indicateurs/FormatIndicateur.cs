using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Indicateurs;

/// <summary>French display of indicator figures: counts, shares, rates; missing is "non disponible", never zero.</summary>
public static class FormatIndicateur
{
    public static string Valeur(DefinitionIndicateur definition, ValeurIndicateur? valeur)
    {
        if (valeur?.Valeur is not { } v)
        {
            return Format.Manquant;
        }

        var texte = Nombre(definition, v);
        return valeur.Minorant ? $"au moins {texte}" : texte;
    }

    public static string Nombre(DefinitionIndicateur definition, double v) => definition.Unite switch
    {
        "personnes" => $"{Math.Round(v).ToString("N0", Format.Francais)} personnes",
        "%" => $"{v.ToString("N1", Format.Francais)} %",
        _ => v.ToString("N2", Format.Francais),
    };

    public static string? Part(DefinitionIndicateur definition, double? part) =>
        part is { } p && definition.Agregation == Agregation.Somme
            ? $"{(p * 100).ToString("N1", Format.Francais)} % de la {definition.LibelleDenominateur}"
            : null;

    public static string Couverture(ValeurIndicateur valeur) =>
        valeur.Couverture is { } c && valeur.CommunesTotal > 1
            ? $"{valeur.CouvertureTexte} ({(c * 100).ToString("N0", Format.Francais)} % de la population)"
            : valeur.CouvertureTexte;
}
