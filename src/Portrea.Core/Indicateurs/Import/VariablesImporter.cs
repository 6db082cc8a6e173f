using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Core.Indicateurs.Import;

/// <summary>
/// Loads the figures of a wide statistical CSV (INSEE base-cc / base-ic layouts, CAF, DEFM, ARCEP files) into the
/// variables store. The whole file is validated first; nothing is written unless every row is valid; the write is one
/// transaction and re-importing the same file changes nothing.
/// </summary>
public sealed partial class VariablesImporter(PortreaDbContext db, RegistreIndicateurs registre, TimeProvider horloge)
{
    public const string PrefixeJeu = "variables:";

    // Columns of INSEE and partner files that hold codes or labels, not figures.
    private static readonly HashSet<string> ColonnesDescriptives = new(StringComparer.OrdinalIgnoreCase)
    {
        "CODGEO", "LIBGEO", "COM", "LIBCOM", "DEPCOM", "REG", "DEP", "ARR", "CV", "UU2010", "UU2020", "AU2010", "AAV2020", "ZE2010", "ZE2020", "BV2012", "EPCI",
        "IRIS", "DCOMIRIS", "CODE_IRIS", "LIBIRIS", "LIB_IRIS", "LAB_IRIS", "TYP_IRIS", "MODIF_IRIS", "GRD_QUART", "TRIRIS", "NOTE", "NOTE_DIFFUSION",
        "CODE_INSEE", "CODE_INSEE_COG2026", "CODE_COMMUNE", "IRIS_CODE", "INSEE_COM", "NOM", "NOM_COM", "CODE_DEP", "CODE_REG", "TYPE", "DATE",
    };

    private static readonly string[] ClesIris = ["IRIS", "DCOMIRIS", "CODE_IRIS", "iris_code"];
    private static readonly string[] ClesCommune = ["CODGEO", "COM", "DEPCOM", "code_insee", "code_commune", "INSEE_COM"];

    public async Task<RapportImport> ImporterAsync(
        string fichier,
        OptionsImportVariables options,
        bool simulation,
        IProgress<ProgressionImport>? progression,
        CancellationToken ct)
    {
        var csv = FichierCsvInsee.Lire(fichier);
        var rapport = new RapportImport { Simulation = simulation };
        var plan = await PreparerAsync(csv, options, rapport, ct);
        if (simulation || rapport.ARejets || plan is null)
        {
            return rapport;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var modifications = await AppliquerAsync(plan, options, progression, ct);
        if (modifications > 0)
        {
            EnregistrerProvenance(csv, options, plan);
        }
        else
        {
            rapport.Avertissements.Add("Ces valeurs sont déjà chargées : rien n'a changé.");
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        rapport.Applique = true;
        return rapport;
    }

    private sealed record Colonne(int Index, string Entete, string Variable, NatureVariable Nature);

    private sealed record Plan(string Niveau, IReadOnlyList<Colonne> Colonnes, IReadOnlyList<ValeurVariable> Valeurs);

    private async Task<Plan?> PreparerAsync(FichierCsvInsee csv, OptionsImportVariables options, RapportImport rapport, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Source) || options.Source.Length > 80)
        {
            rapport.Rejeter(0, "source", "la source est obligatoire et fait au plus 80 caractères");
        }

        if (!Millesime().IsMatch(options.Millesime))
        {
            rapport.Rejeter(0, "millesime", $"millésime invalide « {options.Millesime} » : une année (ex. 2021) est attendue");
        }

        var (indexCle, niveau) = TrouverCle(csv, options);
        var colonnes = ChoisirColonnes(csv, options, indexCle, rapport);
        if (rapport.ARejets)
        {
            return null;
        }

        var communes = await db.Communes.Select(c => c.Code).ToListAsync(ct);
        var actuelles = communes.ToHashSet(StringComparer.Ordinal);
        var historiques = await db.CodesHistoriques.ToDictionaryAsync(h => h.AncienCode, h => h.CodeActuel, ct);
        var parCode = new Dictionary<string, (string Commune, List<(int Ligne, double?[] Valeurs)> Lignes)>(StringComparer.Ordinal);
        var vus = new HashSet<string>(StringComparer.Ordinal);
        var horsTerritoire = new List<string>();
        foreach (var (ligne, cellules) in csv.Lignes)
        {
            if (cellules.Length != csv.Entetes.Count)
            {
                rapport.Rejeter(ligne, "ligne", $"{cellules.Length} colonnes au lieu de {csv.Entetes.Count}");
                continue;
            }

            var code = NormaliserCode(cellules[indexCle], niveau);
            if (code is null)
            {
                rapport.Rejeter(ligne, csv.Entetes[indexCle], $"code {(niveau == NiveauxVariables.Iris ? "IRIS" : "commune")} invalide « {cellules[indexCle]} »");
                continue;
            }

            if (!vus.Add(code))
            {
                rapport.Doublons++;
                rapport.Rejeter(ligne, csv.Entetes[indexCle], $"le code « {code} » apparaît deux fois");
                continue;
            }

            var codeCommune = niveau == NiveauxVariables.Iris ? code[..5] : code;
            var actuel = actuelles.Contains(codeCommune) ? codeCommune : historiques.GetValueOrDefault(codeCommune);
            var valeurs = new double?[colonnes.Count];
            var valide = true;
            for (var i = 0; i < colonnes.Count; i++)
            {
                if (!FichierCsvInsee.TryLireNombre(cellules[colonnes[i].Index], out valeurs[i]))
                {
                    rapport.Rejeter(ligne, colonnes[i].Entete, $"valeur non numérique « {cellules[colonnes[i].Index]} »");
                    valide = false;
                }
            }

            if (!valide)
            {
                continue;
            }

            if (actuel is null)
            {
                horsTerritoire.Add(code);
                continue;
            }

            // IRIS keep their code; a commune row is filed under its current commune (old codes of merged communes included).
            var cle = niveau == NiveauxVariables.Iris ? code : actuel;
            if (!parCode.TryGetValue(cle, out var groupe))
            {
                parCode[cle] = groupe = (actuel, []);
            }

            groupe.Lignes.Add((ligne, valeurs));
        }

        rapport.Acceptes = parCode.Values.Sum(g => g.Lignes.Count);
        if (horsTerritoire.Count > 0)
        {
            rapport.Avertissements.Add(
                $"{horsTerritoire.Count} ligne(s) portent sur des communes hors du territoire chargé et sont ignorées (ex. {string.Join(", ", horsTerritoire.Take(5))}).");
        }

        return new Plan(niveau, colonnes, Regrouper(parCode, colonnes, niveau, options, rapport));
    }

    private static List<ValeurVariable> Regrouper(
        Dictionary<string, (string Commune, List<(int Ligne, double?[] Valeurs)> Lignes)> parCode,
        IReadOnlyList<Colonne> colonnes,
        string niveau,
        OptionsImportVariables options,
        RapportImport rapport)
    {
        var valeurs = new List<ValeurVariable>(parCode.Count * colonnes.Count);
        var fusions = 0;
        var tauxNonRecombinables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, (commune, lignes)) in parCode)
        {
            if (lignes.Count > 1)
            {
                fusions++;
            }

            for (var i = 0; i < colonnes.Count; i++)
            {
                double? valeur;
                if (lignes.Count == 1)
                {
                    valeur = lignes[0].Valeurs[i];
                }
                else if (colonnes[i].Nature == NatureVariable.Effectif)
                {
                    // Counts of the old communes add up; one secret part makes the whole sum unknown.
                    valeur = lignes.Any(l => l.Valeurs[i] is null) ? null : lignes.Sum(l => l.Valeurs[i]!.Value);
                }
                else
                {
                    // A rate of merged communes cannot be recombined without its denominator: it is missing, not averaged.
                    valeur = null;
                    tauxNonRecombinables.Add(colonnes[i].Variable);
                }

                valeurs.Add(new ValeurVariable
                {
                    Niveau = niveau,
                    Code = code,
                    CommuneCode = commune,
                    Variable = colonnes[i].Variable,
                    Millesime = options.Millesime,
                    Source = options.Source,
                    Valeur = valeur,
                });
            }
        }

        if (fusions > 0)
        {
            rapport.Avertissements.Add($"{fusions} commune(s) actuelle(s) regroupent plusieurs anciennes communes du fichier : leurs effectifs ont été additionnés.");
        }

        if (tauxNonRecombinables.Count > 0)
        {
            rapport.Avertissements.Add(
                $"Taux non recombinables pour ces communes fusionnées ({string.Join(", ", tauxNonRecombinables.Order(StringComparer.Ordinal))}) : valeur non disponible.");
        }

        return valeurs;
    }

    private static (int Index, string Niveau) TrouverCle(FichierCsvInsee csv, OptionsImportVariables options)
    {
        int Index(string nom) => csv.Entetes.ToList().FindIndex(e => e.Equals(nom, StringComparison.OrdinalIgnoreCase));
        if (options.ColonneCle is { } cle)
        {
            var i = Index(cle);
            if (i < 0)
            {
                throw new FichierIllisibleException($"Le fichier {csv.Nom} n'a pas de colonne « {cle} ».");
            }

            var niveau = options.Niveau ?? (ClesIris.Contains(csv.Entetes[i], StringComparer.OrdinalIgnoreCase) ? NiveauxVariables.Iris : NiveauxVariables.Commune);
            return (i, niveau);
        }

        var candidates = options.Niveau switch
        {
            NiveauxVariables.Iris => ClesIris.Select(c => (c, NiveauxVariables.Iris)),
            NiveauxVariables.Commune => ClesCommune.Select(c => (c, NiveauxVariables.Commune)),
            _ => ClesIris.Select(c => (c, NiveauxVariables.Iris)).Concat(ClesCommune.Select(c => (c, NiveauxVariables.Commune))),
        };
        foreach (var (nom, niveau) in candidates)
        {
            if (Index(nom) is var i and >= 0)
            {
                return (i, niveau);
            }
        }

        throw new FichierIllisibleException(
            $"Le fichier {csv.Nom} n'a pas de colonne de code territorial (CODGEO, IRIS, code_insee…) : précisez-la avec --cle.");
    }

    private List<Colonne> ChoisirColonnes(FichierCsvInsee csv, OptionsImportVariables options, int indexCle, RapportImport rapport)
    {
        var colonnes = new List<Colonne>();
        if (options.Colonnes is { Count: > 0 } correspondances)
        {
            foreach (var (entete, variable) in correspondances)
            {
                var i = csv.Entetes.ToList().FindIndex(e => e.Equals(entete, StringComparison.OrdinalIgnoreCase));
                if (i < 0)
                {
                    rapport.Rejeter(1, entete, "colonne absente du fichier");
                }
                else if (!NomVariable().IsMatch(variable))
                {
                    rapport.Rejeter(1, entete, $"nom de variable invalide « {variable} » (lettres majuscules, chiffres et _)");
                }
                else
                {
                    colonnes.Add(new Colonne(i, csv.Entetes[i], variable, Nature(variable)));
                }
            }
        }
        else
        {
            for (var i = 0; i < csv.Entetes.Count; i++)
            {
                var entete = csv.Entetes[i];
                if (i == indexCle || ColonnesDescriptives.Contains(entete) || !NomVariable().IsMatch(entete))
                {
                    continue;
                }

                var variable = entete;
                if (PrefixeMillesime().Match(entete) is { Success: true } m)
                {
                    variable = m.Groups["variable"].Value;
                    var millesime = "20" + m.Groups["annee"].Value;
                    if (millesime != options.Millesime)
                    {
                        rapport.Rejeter(1, entete, $"le préfixe de la colonne indique le millésime {millesime}, pas {options.Millesime}");
                        continue;
                    }
                }

                colonnes.Add(new Colonne(i, entete, variable, Nature(variable)));
            }
        }

        foreach (var doublon in colonnes.GroupBy(c => c.Variable).Where(g => g.Count() > 1))
        {
            rapport.Rejeter(1, string.Join(", ", doublon.Select(c => c.Entete)), $"plusieurs colonnes donnent la variable {doublon.Key}");
        }

        if (colonnes.Count == 0 && !rapport.ARejets)
        {
            rapport.Rejeter(1, "en-tête", "aucune colonne de valeurs à importer (noms de variables INSEE en majuscules attendus, ou --colonne)");
        }

        return colonnes;
    }

    private NatureVariable Nature(string variable) =>
        registre.Variables.TryGetValue(variable, out var definition) ? definition.Nature
        : NomDeTaux().IsMatch(variable) ? NatureVariable.Taux
        : NatureVariable.Effectif;

    private static string? NormaliserCode(string brut, string niveau)
    {
        var code = brut.Trim().Trim('"').ToUpperInvariant();
        // Spreadsheets drop the leading zero of Ain, Aisne… codes (01001 → 1001).
        var longueur = niveau == NiveauxVariables.Iris ? 9 : 5;
        if (code.Length == longueur - 1 && code.All(char.IsAsciiDigit))
        {
            code = "0" + code;
        }

        return code.Length == longueur && CodeCommune().IsMatch(code[..5]) && code[5..].All(char.IsAsciiDigit) ? code : null;
    }

    private async Task<int> AppliquerAsync(Plan plan, OptionsImportVariables options, IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var variables = plan.Colonnes.Select(c => c.Variable).ToList();
        var existantes = await db.ValeursVariables
            .Where(v => v.Source == options.Source && v.Millesime == options.Millesime && v.Niveau == plan.Niveau && variables.Contains(v.Variable))
            .ToDictionaryAsync(v => (v.Code, v.Variable), ct);
        var modifications = 0;
        var fait = 0;
        foreach (var valeur in plan.Valeurs)
        {
            if (existantes.Remove((valeur.Code, valeur.Variable), out var existante))
            {
                if (existante.Valeur != valeur.Valeur || existante.CommuneCode != valeur.CommuneCode)
                {
                    existante.Valeur = valeur.Valeur;
                    existante.CommuneCode = valeur.CommuneCode;
                    modifications++;
                }
            }
            else
            {
                db.ValeursVariables.Add(valeur);
                modifications++;
            }

            if (++fait % 5000 == 0)
            {
                progression?.Report(new ProgressionImport("Variables", fait, plan.Valeurs.Count));
            }
        }

        // The file is the whole dataset for its source, vintage and variables: figures it no longer holds go.
        db.ValeursVariables.RemoveRange(existantes.Values);
        modifications += existantes.Count;
        progression?.Report(new ProgressionImport("Variables", plan.Valeurs.Count, plan.Valeurs.Count));
        return modifications;
    }

    private void EnregistrerProvenance(FichierCsvInsee csv, OptionsImportVariables options, Plan plan)
    {
        var cle = $"{PrefixeJeu}{options.Source}:{options.Millesime}:{plan.Niveau}";
        var jeu = new JeuDeDonnees
        {
            Cle = cle.Length <= 100 ? cle : cle[..100],
            Libelle = options.Description ?? $"Variables {string.Join(", ", plan.Colonnes.Select(c => c.Variable).Take(8))}{(plan.Colonnes.Count > 8 ? "…" : "")} ({(plan.Niveau == NiveauxVariables.Iris ? "IRIS" : "communes")})",
            Source = options.Source,
            Licence = options.Licence ?? "Licence Ouverte / Etalab 2.0",
            Millesime = options.Millesime,
            Fichier = csv.Nom,
            ImporteLe = horloge.GetUtcNow(),
        };
        var existant = db.JeuxDeDonnees.Find(jeu.Cle);
        if (existant is null)
        {
            db.JeuxDeDonnees.Add(jeu);
        }
        else
        {
            db.Entry(existant).CurrentValues.SetValues(jeu);
        }
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Millesime();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]*$")]
    private static partial Regex NomVariable();

    [GeneratedRegex(@"^[PC](?<annee>\d{2})_(?<variable>[A-Z0-9_]+)$")]
    private static partial Regex PrefixeMillesime();

    [GeneratedRegex(@"^(TX|TAUX|PART|PCT|TP\d|MED|SCORE|IND)")]
    private static partial Regex NomDeTaux();

    [GeneratedRegex(@"^([013-9]\d|2[AB1-9])\d{3}$")]
    private static partial Regex CodeCommune();
}
