namespace Portrea.Tests.Indicateurs.Fixtures;

/// <summary>Small files in INSEE's own layouts (base-cc, « ; » or « , », French decimals, secret cells).</summary>
public static class FichiersInsee
{
    public static string Chemin(string nom) => Path.Combine(AppContext.BaseDirectory, "Indicateurs", "Fixtures", nom);

    public const string Population = "base-cc-evol-struct-pop-2021-extrait.csv";
    public const string Diplomes = "base-cc-diplomes-formation-2021-extrait.csv";
}
