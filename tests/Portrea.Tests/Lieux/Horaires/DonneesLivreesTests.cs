using System.Globalization;
using CsvHelper;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

/// <summary>Every opening-hours value of the shipped place files, as the places importer will meet them.</summary>
public sealed class DonneesLivreesTests
{
    private static readonly string Lieux = Path.Combine(AppContext.BaseDirectory, "data", "lieux");

    /// <summary>Values of the 2022 national map that are genuinely malformed, with the error a contributor will read.</summary>
    private static readonly Dictionary<string, string> Malformees = new()
    {
        ["Mo 09:00-12:00-14:00; Fr 09:00-12:00,14:00-17:00"] = "Horaires invalides, position 15 : « - » inattendu après la plage « 09:00-12:00 » : une plage n'a qu'un début et une fin ; séparez les plages par une virgule (« 09:00-12:00,14:00-17:00 »).",
        ["Mo-Fr 09:00-12:00,14:00-17:00; Th,Sa 09:00-12:00; We 09:00-09:00,14:00-17:00"] = "Horaires invalides, position 54 : la plage « 09:00-09:00 » est vide (même heure de début et de fin).",
        ["Mo-Fr 09:00-18:00; Th 09:00-12:00-14:00; Sa 09:00-12:00"] = "Horaires invalides, position 34 : « - » inattendu après la plage « 09:00-12:00 » : une plage n'a qu'un début et une fin ; séparez les plages par une virgule (« 09:00-12:00,14:00-17:00 »).",
        ["Tu-Fr 08:30-12:00,14:00-17:30; Mo 08:30-12:00-14:00"] = "Horaires invalides, position 46 : « - » inattendu après la plage « 08:30-12:00 » : une plage n'a qu'un début et une fin ; séparez les plages par une virgule (« 09:00-12:00,14:00-17:00 »).",
        ["Tu-Fr 08:30-18:00; Mo 18:00; Sa 09:00-12:00"] = "Horaires invalides, position 23 : heure de fin manquante après 18:00 : une plage s'écrit « 09:00-12:00 ».",
        ["Tu-Fr 09:00-12:00,14:00-17:00; Mo 09:00-12:00,14:00-14:00; We 09:00-12:00-14:00"] = "Horaires invalides, position 47 : la plage « 14:00-14:00 » est vide (même heure de début et de fin).",
    };

    public static TheoryData<string> HorairesCartographie() => [.. Valeurs("bretagne_lieux_cnfs_cartographie_nationale_2022.csv", "horaires")];

    public static TheoryData<string> LignesFranceServices() =>
        [.. Lignes("bretagne_france_services_2023.csv").Select(l => l["id_fs"]!)];

    [Fact]
    public void Cartographie_Fichier_ContientDesHorairesAVerifier()
    {
        var valeurs = Valeurs("bretagne_lieux_cnfs_cartographie_nationale_2022.csv", "horaires").ToList();

        valeurs.Count.ShouldBeGreaterThan(100);
        valeurs.ShouldBeSubsetOf(valeurs);
        Malformees.Keys.ShouldBeSubsetOf(valeurs);
    }

    [Theory]
    [MemberData(nameof(HorairesCartographie))]
    public void Analyser_HorairesDeLaCartographie_SontLusOuRefusesAvecLErreurExacte(string texte)
    {
        var valide = HorairesOsm.TryAnalyser(texte, out var horaires, out var erreur);

        if (Malformees.TryGetValue(texte, out var erreurAttendue))
        {
            valide.ShouldBeFalse();
            erreur.ShouldBe(erreurAttendue);
            return;
        }

        valide.ShouldBeTrue(erreur);
        HorairesOsm.Analyser(horaires!.Texte).Texte.ShouldBe(horaires.Texte);
        HorairesOsm.DepuisSemaine(horaires.SemaineType()).SemaineType().ShouldBe(horaires.SemaineType());
        horaires.HeuresParSemaine().ShouldBeInRange(1, 80);
        horaires.EnFrancais().ShouldNotBeNullOrWhiteSpace();
        horaires.EnFrancais().ShouldNotContain("fermé");
    }

    [Theory]
    [MemberData(nameof(LignesFranceServices))]
    public void Convertir_LigneFranceServices_DonneLesHeuresDesCellules(string identifiant)
    {
        var ligne = Lignes("bretagne_france_services_2023.csv").Single(l => l["id_fs"] == identifiant);
        var cellules = HorairesFranceServices.Colonnes.Keys.Where(ligne.ContainsKey).ToDictionary(c => c, c => ligne[c]);

        var conversion = HorairesFranceServices.Convertir(cellules);

        conversion.Erreurs.ShouldBeEmpty();
        var heuresDesCellules = cellules.Values.Sum(HeuresDeLaCellule);
        if (heuresDesCellules == 0)
        {
            conversion.Horaires.ShouldBeNull();
            return;
        }

        var horaires = conversion.Horaires.ShouldNotBeNull();
        horaires.HeuresParSemaine().ShouldBe(heuresDesCellules, 1e-9);
        horaires.HeuresParSemaine().ShouldBeInRange(1, 80);
        HorairesOsm.Analyser(horaires.Texte).Texte.ShouldBe(horaires.Texte);
        foreach (var (colonne, jour) in HorairesFranceServices.Colonnes.Where(c => cellules.ContainsKey(c.Key)))
        {
            horaires.SemaineType()[jour].Sum(p => p.DureeMinutes / 60.0).ShouldBe(HeuresDeLaCellule(cellules[colonne]), 1e-9, colonne);
        }
    }

    // Counted independently of the converter: split on "/" and "-", identical ranges counted once.
    private static double HeuresDeLaCellule(string? cellule) => string.IsNullOrWhiteSpace(cellule)
        ? 0
        : cellule.Split('/').Select(p => p.Trim()).Distinct()
            .Select(p => p.Split('-').Select(h => TimeOnly.Parse(h.Trim(), CultureInfo.InvariantCulture)).ToArray())
            .Sum(h => (h[1] - h[0]).TotalHours);

    private static IEnumerable<string> Valeurs(string fichier, string colonne) =>
        Lignes(fichier).Select(l => l[colonne]).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static List<Dictionary<string, string?>> Lignes(string fichier)
    {
        using var lecteur = new StreamReader(Path.Combine(Lieux, fichier));
        using var csv = new CsvReader(lecteur, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var entetes = csv.HeaderRecord!;
        var lignes = new List<Dictionary<string, string?>>();
        while (csv.Read())
        {
            lignes.Add(entetes.ToDictionary(e => e, e => csv.GetField(e)));
        }

        return lignes;
    }
}
