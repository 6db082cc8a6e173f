using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Import;

namespace Portrea.Cli.Commandes;

public static class ImportVariablesCommande
{
    public static Command Creer()
    {
        var fichier = new Argument<string>("fichier")
        {
            Description = "CSV « large » (une ligne par commune ou IRIS, une colonne par variable), séparé par « ; » ou « , » : fichiers INSEE base-cc / base-ic, CAF, DEFM, ARCEP.",
        };
        var source = new Option<string>("--source") { Description = "Nom court de la source, affiché avec chaque chiffre (80 caractères au plus).", Required = true };
        var millesime = new Option<string>("--millesime") { Description = "Millésime des valeurs (année, ex. 2021) ; doit concorder avec les préfixes INSEE (P21_…).", Required = true };
        var niveau = new Option<string?>("--niveau") { Description = "commune ou iris (déduit par défaut de la colonne de code)." };
        var cle = new Option<string?>("--cle") { Description = "Colonne du code territorial (par défaut CODGEO, IRIS, code_insee…)." };
        var colonnes = new Option<string[]>("--colonne")
        {
            Description = "Correspondance colonne=VARIABLE (répétable) ; seules ces colonnes sont alors importées. Ex. --colonne population_2021=POP.",
            AllowMultipleArgumentsPerToken = false,
        };
        var licence = new Option<string?>("--licence") { Description = "Licence des données (par défaut Licence Ouverte / Etalab 2.0)." };
        var simulation = new Option<bool>("--dry-run") { Description = "Valider et afficher le rapport sans rien écrire." };
        var json = new Option<bool>("--json") { Description = "Afficher le rapport en JSON." };

        var commande = new Command("variables", "Importer des variables statistiques (INSEE, CAF, DEFM, ARCEP) pour les indicateurs de besoin.")
        {
            fichier, source, millesime, niveau, cle, colonnes, licence, simulation, json,
        };
        commande.SetAction((resultat, ct) =>
        {
            var correspondances = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var texte in resultat.GetValue(colonnes) ?? [])
            {
                var morceaux = texte.Split('=', 2, StringSplitOptions.TrimEntries);
                if (morceaux.Length != 2 || morceaux[0].Length == 0 || morceaux[1].Length == 0)
                {
                    Console.Error.WriteLine($"Correspondance invalide « {texte} » : forme attendue colonne=VARIABLE.");
                    return Task.FromResult(Execution.Rejets);
                }

                correspondances[morceaux[0]] = morceaux[1];
            }

            var niveauLu = resultat.GetValue(niveau)?.Trim().ToLowerInvariant();
            if (niveauLu is not null and not NiveauxVariables.Commune and not NiveauxVariables.Iris)
            {
                Console.Error.WriteLine($"Niveau inconnu « {niveauLu} » : commune ou iris.");
                return Task.FromResult(Execution.Rejets);
            }

            var options = new OptionsImportVariables(
                resultat.GetValue(source)!, resultat.GetValue(millesime)!, niveauLu, resultat.GetValue(cle),
                correspondances.Count > 0 ? correspondances : null, resultat.GetValue(licence));
            return Execution.LancerAsync(resultat, async (services, progression, jeton) =>
            {
                var rapport = await services.GetRequiredService<VariablesImporter>().ImporterAsync(
                    resultat.GetValue(fichier)!, options, resultat.GetValue(simulation), progression, jeton);
                return AffichageRapport.Afficher(rapport, resultat.GetValue(json));
            }, ct, silencieux: resultat.GetValue(json));
        });
        return commande;
    }
}
