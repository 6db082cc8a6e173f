using System.Globalization;
using CsvHelper;

namespace Portrea.Tests.Lieux;

/// <summary>Reads the shipped place files directly, so that tests check the product against the files, not against itself.</summary>
public static class FichiersLivres
{
    public static string Chemin(string fichier) => Path.Combine(AppContext.BaseDirectory, "data", "lieux", fichier);

    public static List<Dictionary<string, string>> Lire(string fichier)
    {
        using var lecteur = new CsvReader(new StreamReader(Chemin(fichier)), CultureInfo.InvariantCulture);
        lecteur.Read();
        lecteur.ReadHeader();
        var lignes = new List<Dictionary<string, string>>();
        while (lecteur.Read())
        {
            lignes.Add(lecteur.HeaderRecord!.ToDictionary(h => h, h => lecteur.GetField(h) ?? ""));
        }

        return lignes;
    }

    /// <summary>Every source identifier of the shipped files, as the product names them.</summary>
    public static List<string> Identifiants() =>
    [
        .. Lire("bretagne_france_services_2023.csv").Select(l => "france-services-" + l["id_fs"]),
        .. Lire("bretagne_lieux_cnfs_cartographie_nationale_2022.csv").Select(l => l["id"]),
    ];
}
