using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Portraits;

/// <summary>French display of portrait figures; a null is "non disponible", never zero.</summary>
public static class FormatPortrait
{
    public static string Personnes(double? valeur) => valeur is { } v ? Math.Round(v).ToString("N0", Format.Francais) : Format.Manquant;

    public static string Heures(double? valeur) => valeur is { } v ? $"{v.ToString("0.#", Format.Francais)} h" : Format.Manquant;

    public static string Ratio(double? valeur) => valeur is { } v ? v.ToString("N1", Format.Francais) : Format.Manquant;

    public static string Part(double? valeur) => valeur is { } v ? $"{(v * 100).ToString("N0", Format.Francais)} %" : Format.Manquant;

    public static string Km(double valeur) => $"{valeur.ToString("0.#", Format.Francais)} km";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Format.Francais);

    /// <summary>"+3,2" or "−1,0" next to a figure when a scenario changes it; empty when it does not.</summary>
    public static string Ecart(double? avant, double? apres, Func<double?, string> format) =>
        avant is { } a && apres is { } b && Math.Abs(b - a) > 1e-9 ? $" (avant : {format(a)})" : "";
}
