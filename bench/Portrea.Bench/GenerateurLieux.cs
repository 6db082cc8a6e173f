using System.Globalization;
using System.Text;
using CsvHelper;
using Portrea.Core.Lieux.Standard;
using Portrea.Core.Territoires;

namespace Portrea.Bench;

/// <summary>
/// Writes a national-scale file of places in the standard v1.0.2 CSV, with realistic, valid values and a fixed seed
/// (the same file every run), spread over the given communes. Reusable by other benchmarks and load tests.
/// </summary>
public static class GenerateurLieux
{
    private static readonly string[] Types = ["Médiathèque", "France Services", "Centre social", "Espace numérique", "Mairie", "CCAS", "Tiers-lieu", "Maison de quartier", "Association", "PIMMS"];
    private static readonly string[] Voies = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue des Écoles", "place du Marché"];
    private static readonly string[] Horaires = ["Mo-Fr 09:00-12:00,14:00-17:00", "Tu-Sa 10:00-18:00", "Mo,We,Fr 14:00-18:00", "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00", "We 09:00-12:00; PH off", ""];

    public static void Ecrire(string chemin, int nombre, IReadOnlyList<Commune> communes, int graine = 2026)
    {
        var hasard = new Random(graine);
        using var ecrivain = new StreamWriter(chemin, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(ecrivain, CultureInfo.InvariantCulture);
        foreach (var champ in ChampsStandard.Tous)
        {
            csv.WriteField(champ);
        }

        csv.NextRecord();
        for (var i = 0; i < nombre; i++)
        {
            var commune = communes[hasard.Next(communes.Count)];
            T Un<T>(IReadOnlyList<T> liste) => liste[hasard.Next(liste.Count)];
            string Plusieurs(IReadOnlyList<string> liste, int max) =>
                string.Join('|', Enumerable.Range(0, hasard.Next(max + 1)).Select(_ => Un(liste)).Distinct().OrderBy(v => IndexDe(liste, v)));
            var services = Plusieurs(ValeursStandard.Services, 4);
            string[] valeurs =
            [
                $"bench-{i:D6}",
                hasard.Next(3) == 0 ? ChampsStandard.PivotInconnu : (21_000_000_000_000L + hasard.NextInt64(999_999_999_999)).ToString(CultureInfo.InvariantCulture),
                $"{Un(Types)} {commune.Nom} {i}",
                commune.Nom,
                commune.ListeCodesPostaux().FirstOrDefault() ?? "35000",
                commune.Code,
                $"{hasard.Next(1, 120)} {Un(Voies)}",
                "",
                ((commune.Latitude ?? 48.1) + ((hasard.NextDouble() - 0.5) * 0.01)).ToString("0.000000", CultureInfo.InvariantCulture),
                ((commune.Longitude ?? -2.5) + ((hasard.NextDouble() - 0.5) * 0.01)).ToString("0.000000", CultureInfo.InvariantCulture),
                Plusieurs(["BIB", "CCAS", "CS", "EPN", "MUNI", "ASSO", "TIERS_LIEUX"], 1),
                "+332" + hasard.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                $"contact{i}@exemple.fr",
                hasard.Next(2) == 0 ? $"https://lieu{i}.exemple.fr" : "",
                Un(Horaires),
                "Accompagnement au numérique pour tous.",
                "",
                "Banc d'essai Portrea",
                "Fixe",
                "",
                new DateOnly(2025, 1, 1).AddDays(hasard.Next(700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                services.Length > 0 ? services : ValeursStandard.Services[0],
                Plusieurs(ValeursStandard.PublicsSpecifiquementAdresses, 2),
                Plusieurs(ValeursStandard.PriseEnChargeSpecifique, 1),
                Un(ValeursStandard.FraisACharge),
                Plusieurs(ValeursStandard.DispositifProgrammesNationaux, 2),
                Plusieurs(ValeursStandard.FormationsLabels, 1),
                "",
                Plusieurs(ValeursStandard.ModalitesAcces, 2),
                Plusieurs(ValeursStandard.ModalitesAccompagnement, 2),
                "",
                "",
            ];
            foreach (var valeur in valeurs)
            {
                csv.WriteField(valeur);
            }

            csv.NextRecord();
        }
    }

    private static int IndexDe(IReadOnlyList<string> liste, string valeur)
    {
        for (var i = 0; i < liste.Count; i++)
        {
            if (liste[i] == valeur)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
