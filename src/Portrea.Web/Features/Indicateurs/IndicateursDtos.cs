using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;

namespace Portrea.Web.Features.Indicateurs;

public sealed record VariableDto(string Code, string Libelle, string Nature);

public sealed record ParametreDto(string Code, string Libelle, double Valeur, double Defaut, string Justification);

public sealed record EstimationDefinitionDto(string Numerateur, string? Denominateur, string Methode);

public sealed record IndicateurDto(
    string Code,
    string Libelle,
    string Description,
    string Unite,
    string Agregation,
    string Numerateur,
    string? Denominateur,
    string? LibelleDenominateur,
    double Facteur,
    bool Approche,
    IReadOnlyList<string> Niveaux,
    string Source,
    string Millesime,
    IReadOnlyList<string> Biais,
    EstimationDefinitionDto? Estimation,
    IReadOnlyList<VariableDto> Variables,
    string Methodologie);

public sealed record RegistreDto(string Version, IReadOnlyList<ParametreDto> Parametres, IReadOnlyList<IndicateurDto> Indicateurs);

public sealed record EstimationDto(double Valeur, double? Part, double? Couverture, int CommunesAvecDonnees, string Methode, string? Millesime, string? Source);

/// <summary>One value: <c>valeur</c> is null where inputs are missing; an estimate, if any, is only in <c>estimation</c>.</summary>
public sealed record ValeurDto(
    string Code,
    double? Valeur,
    double? Numerateur,
    double? Denominateur,
    double? Part,
    double? Couverture,
    int CommunesAvecDonnees,
    int CommunesTotal,
    bool Minorant,
    string? Millesime,
    string? Source,
    EstimationDto? Estimation);

public sealed record ValeursDto(string Indicateur, string Libelle, string Unite, string Niveau, string? Parent, IReadOnlyList<ValeurDto> Valeurs);

public sealed record ComparaisonDto(string Niveau, string Code, string Nom, ValeurDto? Valeur);

public sealed record IndicateurTerritoireDto(string Code, string Libelle, string Unite, ValeurDto? Valeur, string? Couverture, IReadOnlyList<ComparaisonDto> Comparaisons);

public sealed record IndicateursTerritoireDto(string Niveau, string Code, string Nom, IReadOnlyList<IndicateurTerritoireDto> Indicateurs);

public static class IndicateursMapping
{
    public static ValeurDto AsDto(this ValeurIndicateur v) => new(
        v.Code, Arrondir(v.Valeur), Arrondir(v.Numerateur), Arrondir(v.Denominateur), Arrondir(v.Part), Arrondir(v.Couverture),
        v.CommunesAvecDonnees, v.CommunesTotal, v.Minorant, v.Millesime, v.Source,
        v.Estimation is { } e ? new EstimationDto(Math.Round(e.Valeur, 2), Arrondir(e.Part), Arrondir(e.Couverture), e.CommunesAvecDonnees, e.Methode, e.Millesime, e.Source) : null);

    public static IndicateurDto AsDto(this DefinitionIndicateur d, RegistreIndicateurs registre, IndicateurRegistre parse) => new(
        d.Code, d.Libelle, d.Description, d.Unite, d.Agregation == Agregation.Somme ? "somme" : "ratio",
        d.Numerateur, d.Denominateur, d.LibelleDenominateur, d.Facteur, d.Approche, d.Niveaux, d.Source, d.Millesime, d.Biais,
        d.Estimation is { } e ? new EstimationDefinitionDto(e.Numerateur, e.Denominateur, e.Methode) : null,
        [.. parse.Dependances().Where(registre.Variables.ContainsKey).Order(StringComparer.Ordinal)
            .Select(v => registre.Variables[v]).Select(v => new VariableDto(v.Code, v.Libelle, v.Nature == NatureVariable.Effectif ? "effectif" : "taux"))],
        $"/methodologie#{d.Code}");

    // Sums of counts are whole; rates keep enough digits for a map legend without bloating the payload.
    private static double? Arrondir(double? valeur) => valeur is null ? null : Math.Round(valeur.Value, 6);
}
