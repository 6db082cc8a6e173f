using System.Text.Json.Serialization;

namespace Portrea.Core.Indicateurs;

[JsonConverter(typeof(JsonStringEnumConverter<NatureVariable>))]
public enum NatureVariable
{
    /// <summary>A count of people or premises: sums over IRIS and over merged communes.</summary>
    Effectif,

    /// <summary>A rate, share or score: cannot be summed nor re-aggregated without its denominator.</summary>
    Taux,
}

[JsonConverter(typeof(JsonStringEnumConverter<Agregation>))]
public enum Agregation
{
    /// <summary>A count: numerators sum upward; the share is Σ numerator / Σ denominator.</summary>
    Somme,

    /// <summary>A rate: recomputed as Σ numerator / Σ denominator at every level, never averaged.</summary>
    Ratio,
}

public sealed record DefinitionVariable(string Code, string Libelle, NatureVariable Nature);

/// <summary>A configurable constant of a formula (a weight of the vulnerability estimate).</summary>
public sealed record DefinitionParametre(string Code, string Libelle, double Defaut, string Justification);

public sealed record DefinitionEstimation(string Numerateur, string? Denominateur, string Methode);

/// <summary>One indicator of the registry, as written in <c>registre-indicateurs.json</c>.</summary>
public sealed record DefinitionIndicateur(
    string Code,
    string Libelle,
    string Description,
    string Unite,
    Agregation Agregation,
    string Numerateur,
    string? Denominateur,
    string? LibelleDenominateur,
    IReadOnlyList<string> Niveaux,
    string Source,
    string Millesime,
    IReadOnlyList<string> Biais,
    DefinitionEstimation? Estimation = null,
    double Facteur = 1,
    bool Approche = false);

public sealed record DefinitionsRegistre(
    string Version,
    IReadOnlyList<DefinitionVariable> Variables,
    IReadOnlyList<DefinitionParametre> Parametres,
    IReadOnlyList<DefinitionIndicateur> Indicateurs);
