namespace Portrea.Core.Lieux;

/// <summary>Equipment a place offers to the public (PorTReA; the national standard has no field for it).</summary>
public static class Equipements
{
    public const string WifiPublic = "wifi_public";
    public const string OrdinateursLibreAcces = "ordinateurs_libre_acces";
    public const string BorneCaf = "borne_caf";
    public const string Imprimante = "imprimante";
    public const string Scanner = "scanner";
    public const string Visioconference = "visioconference";

    public static readonly IReadOnlyDictionary<string, string> Libelles = new Dictionary<string, string>
    {
        [WifiPublic] = "Wifi public",
        [OrdinateursLibreAcces] = "Ordinateurs en accès libre",
        [BorneCaf] = "Borne CAF",
        [Imprimante] = "Imprimante",
        [Scanner] = "Scanner",
        [Visioconference] = "Poste de visioconférence",
    };
}
