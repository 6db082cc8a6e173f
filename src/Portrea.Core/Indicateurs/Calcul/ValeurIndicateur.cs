using System.Globalization;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// The value of one indicator for one territory. <see cref="Valeur"/> is null where inputs are missing (never zero);
/// <see cref="Couverture"/> is the share of the territory's population living in communes with data.
/// </summary>
public sealed record ValeurIndicateur(
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
    EstimationIndicateur? Estimation)
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"données disponibles pour 97 communes sur 1 202".</summary>
    public string CouvertureTexte =>
        CommunesTotal == 1
            ? (CommunesAvecDonnees == 1 ? "données disponibles pour la commune" : "données non disponibles pour la commune")
            : $"données disponibles pour {CommunesAvecDonnees.ToString("N0", Francais)} commune{(CommunesAvecDonnees > 1 ? "s" : "")} sur {CommunesTotal.ToString("N0", Francais)}";
}

/// <summary>An estimate offered where the indicator itself is missing: never mixed with the value, always with its method.</summary>
public sealed record EstimationIndicateur(
    double Valeur,
    double? Part,
    double? Couverture,
    int CommunesAvecDonnees,
    string Methode,
    string? Millesime,
    string? Source);
