using System.Globalization;

namespace Portrea.Tests.Indicateurs;

/// <summary>
/// The shipped CSV files read with plain string splitting (they hold no quoted commas), so that tests compute expected
/// values independently of the product's importer and engine.
/// </summary>
public static class DonneesBrutes
{
    public static List<Dictionary<string, string>> Lire(params string[] chemin)
    {
        var lignes = File.ReadAllLines(Path.Combine([AppContext.BaseDirectory, "data", .. chemin]));
        var entetes = lignes[0].Split(',');
        return [.. lignes.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(c => entetes.Select((e, i) => (e, c[i])).ToDictionary(x => x.e, x => x.Item2))];
    }

    public static double Nombre(string texte) => double.Parse(texte, CultureInfo.InvariantCulture);

    /// <summary>Communes of an EPCI according to the shipped COG 2026 list.</summary>
    public static List<string> CommunesDeLEpci(string siren) =>
        [.. Lire("referentiel", "bretagne_communes_2026.csv").Where(c => c["epci_siren"] == siren).Select(c => c["code_insee"])];

    /// <summary>(AAH + PPA + RSA) summed over the IRIS of a commune; null when no IRIS gives all three; secret = some IRIS empty.</summary>
    public static (double? Somme, bool Secret) Caf(string commune)
    {
        var iris = Lire("caf", "bretagne_caf_iris_2021.csv").Where(r => r["code_commune"] == commune).ToList();
        double? somme = null;
        var secret = false;
        foreach (var variable in new[] { "aaah", "appa", "arsas" })
        {
            var connues = iris.Where(r => r[variable] != "").Select(r => Nombre(r[variable])).ToList();
            secret |= connues.Count < iris.Count;
            if (connues.Count == 0)
            {
                return (null, secret);
            }

            somme = (somme ?? 0) + connues.Sum();
        }

        return (somme, secret);
    }

    public static double? Defm(string commune) =>
        Lire("emploi", "bretagne_defm_2019_communes_5000hab.csv").FirstOrDefault(r => r["CODGEO"] == commune) is { } r ? Nombre(r["ABCDE"]) : null;

    /// <summary>(locaux ≥ 30 Mbit/s, locaux) of the ARCEP rows mapped to these current communes.</summary>
    public static (double Thd, double Locaux) Arcep(IReadOnlyCollection<string> communes)
    {
        var lignes = Lire("arcep", "bretagne_arcep_ma_connexion_internet_debits_2019T3.csv").Where(r => communes.Contains(r["code_insee_cog2026"])).ToList();
        return (lignes.Sum(r => Nombre(r["elig_thd30"]) + Nombre(r["elig_thd100"]) + Nombre(r["elig_thd1g"])), lignes.Sum(r => Nombre(r["nbr"])));
    }
}
