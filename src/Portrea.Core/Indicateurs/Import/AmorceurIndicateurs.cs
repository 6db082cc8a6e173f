using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;

namespace Portrea.Core.Indicateurs.Import;

/// <summary>Loads the shipped Bretagne need data (INSEE, CAF, DEFM, ARCEP) into the variables store on first start.</summary>
public sealed class AmorceurIndicateurs(PortreaDbContext db, VariablesImporter importer, IOptions<PortreaOptions> options) : IAmorceurDonnees
{
    /// <summary>The shipped files and how their columns map to the registry's variables (see data/README.md).</summary>
    public static readonly IReadOnlyList<(string Fichier, OptionsImportVariables Options)> Fichiers =
    [
        ("insee/bretagne_communes_comparateur_rp2021.csv", new OptionsImportVariables(
            "INSEE RP 2021 (comparateur de territoires)", "2021", ColonneCle: "code_insee",
            Colonnes: new Dictionary<string, string> { ["population_2021"] = "POP", ["pop_15_64_2021"] = "POP1564", ["actifs_15_64_2021"] = "ACT1564", ["chomeurs_15_64_2021"] = "CHOM1564", ["menages_2021"] = "MEN" },
            Description: "Population, population de 15 à 64 ans, actifs et chômeurs (recensement 2021, communes)")),
        ("insee/bretagne_fragilite_ifn_d4g_rp2017.csv", new OptionsImportVariables(
            "INSEE RP 2017 (taux, Data For Good)", "2017", ColonneCle: "code_insee",
            Colonnes: new Dictionary<string, string> { ["tx_65_ans_et_plus_sur_pop15p"] = "TX_POP65P_POP15P", ["tx_peu_ou_pas_diplomes_15p"] = "TX_PEU_OU_PAS_DIPLOMES_15P" },
            Description: "Parts des 65 ans ou plus et des peu ou pas diplômés parmi les 15 ans ou plus (recensement 2017, communes)")),
        ("caf/bretagne_caf_iris_2021.csv", new OptionsImportVariables(
            "CAF (Cnaf) via INSEE, par IRIS", "2021", ColonneCle: "iris_code",
            Colonnes: new Dictionary<string, string> { ["a"] = "A", ["percou"] = "PERCOU", ["aaah"] = "AAAH", ["appa"] = "APPA", ["arsas"] = "ARSAS" },
            Description: "Allocataires CAF : AAH, prime d'activité, RSA (IRIS des communes irisées)")),
        ("emploi/bretagne_defm_2019_communes_5000hab.csv", new OptionsImportVariables(
            "DARES - Pôle emploi (DEFM)", "2019",
            Colonnes: new Dictionary<string, string> { ["ABCDE"] = "ABCDE", ["ABC"] = "ABC", ["A"] = "DEFM_A" },
            Description: "Demandeurs d'emploi en fin de mois, catégories A à E (communes de 5 000 habitants ou plus)")),
        ("arcep/bretagne_arcep_ma_connexion_internet_debits_2019T3.csv", new OptionsImportVariables(
            "ARCEP Ma connexion internet (30/09/2019)", "2019", ColonneCle: "code_insee",
            Colonnes: new Dictionary<string, string>
            {
                ["nbr"] = "NBR_LOCAUX", ["inel_hd"] = "INEL_HD", ["elig_hd05"] = "ELIG_HD05", ["elig_hd3"] = "ELIG_HD3", ["elig_hd8"] = "ELIG_HD8",
                ["elig_thd30"] = "ELIG_THD30", ["elig_thd100"] = "ELIG_THD100", ["elig_thd1g"] = "ELIG_THD1G",
            },
            Description: "Locaux par classe de meilleur débit fixe disponible (communes)")),
        ("arcep/bretagne_couverture_mobile_proxy_sites_2020T2_d4g.csv", new OptionsImportVariables(
            "ARCEP Mon réseau mobile, sites (30/06/2020)", "2020", ColonneCle: "code_insee",
            Colonnes: new Dictionary<string, string> { ["score_sites_mobiles_0_1"] = "SCORE_SITES_MOBILES" },
            Description: "Score de présence de sites d'antennes 2G/3G/4G dans la commune (indicateur approché, Data For Good)")),
    ];

    public int Ordre => 30;

    public string Nom => "variables des indicateurs de besoin (INSEE, CAF, DEFM, ARCEP)";

    public async Task<bool> DoitAmorcerAsync(CancellationToken ct) =>
        await db.Communes.AnyAsync(ct) && !await db.ValeursVariables.AnyAsync(ct);

    public async Task AmorcerAsync(IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var racine = options.Value.ReferenceDataFullPath;
        foreach (var (fichier, optionsImport) in Fichiers)
        {
            var rapport = await importer.ImporterAsync(Path.Combine(racine, fichier), optionsImport, simulation: false, progression, ct);
            if (rapport.ARejets)
            {
                throw new InvalidOperationException($"Données livrées invalides ({fichier}) : {rapport.Rejetes[0]}");
            }
        }
    }
}
