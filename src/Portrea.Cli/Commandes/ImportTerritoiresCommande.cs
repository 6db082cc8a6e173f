using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Territoires.Import;

namespace Portrea.Cli.Commandes;

public static class ImportTerritoiresCommande
{
    public static Command Creer()
    {
        var fichiers = new Argument<string[]>("fichiers")
        {
            Description = "Fichier(s) JSON au format @etalab/decoupage-administratif : un fichier combiné, ou regions.json, departements.json, epci.json, communes.json.",
            Arity = ArgumentArity.OneOrMore,
        };
        var region = new Option<string?>("--region") { Description = "Ne charger qu'une région (code INSEE, ex. 53 pour la Bretagne)." };
        var millesime = new Option<string>("--millesime-cog") { Description = "Millésime du code officiel géographique.", DefaultValueFactory = _ => "COG 2026" };
        var millesimePopulation = new Option<string>("--millesime-population") { Description = "Millésime des populations municipales.", DefaultValueFactory = _ => "2023 (populations légales en vigueur au 1er janvier 2026)" };
        var simulation = new Option<bool>("--dry-run") { Description = "Valider et afficher le rapport sans rien écrire." };
        var json = new Option<bool>("--json") { Description = "Afficher le rapport en JSON." };

        var commande = new Command("territoires", "Importer régions, départements, EPCI et communes (découpage administratif officiel).")
        {
            fichiers, region, millesime, millesimePopulation, simulation, json,
        };
        commande.SetAction((resultat, ct) => Execution.LancerAsync(resultat, async (services, progression, jeton) =>
        {
            var rapport = await services.GetRequiredService<DecoupageAdministratifImporter>().ImporterAsync(
                resultat.GetValue(fichiers)!,
                new OptionsImportDecoupage(resultat.GetValue(region), resultat.GetValue(millesime)!, resultat.GetValue(millesimePopulation)!),
                resultat.GetValue(simulation),
                progression,
                jeton);
            return AffichageRapport.Afficher(rapport, resultat.GetValue(json));
        }, ct, silencieux: resultat.GetValue(json)));
        return commande;
    }
}
