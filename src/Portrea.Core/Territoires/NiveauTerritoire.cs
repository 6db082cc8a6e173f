namespace Portrea.Core.Territoires;

public enum NiveauTerritoire
{
    Region = 1,
    Departement = 2,
    Epci = 3,
    Commune = 4,
}

public static class NiveauTerritoireTexte
{
    /// <summary>Reads a level as written in URLs and files: singular or plural, any case, with or without accents.</summary>
    public static bool TryParse(string? texte, out NiveauTerritoire niveau)
    {
        niveau = default;
        switch (texte?.Trim().ToLowerInvariant())
        {
            case "region" or "regions" or "région" or "régions":
                niveau = NiveauTerritoire.Region;
                return true;
            case "departement" or "departements" or "département" or "départements":
                niveau = NiveauTerritoire.Departement;
                return true;
            case "epci":
                niveau = NiveauTerritoire.Epci;
                return true;
            case "commune" or "communes":
                niveau = NiveauTerritoire.Commune;
                return true;
            default:
                return false;
        }
    }

    public static string Code(this NiveauTerritoire niveau) => niveau switch
    {
        NiveauTerritoire.Region => "region",
        NiveauTerritoire.Departement => "departement",
        NiveauTerritoire.Epci => "epci",
        NiveauTerritoire.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(niveau)),
    };

    public static string Libelle(this NiveauTerritoire niveau) => niveau switch
    {
        NiveauTerritoire.Region => "région",
        NiveauTerritoire.Departement => "département",
        NiveauTerritoire.Epci => "EPCI",
        NiveauTerritoire.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(niveau)),
    };
}
