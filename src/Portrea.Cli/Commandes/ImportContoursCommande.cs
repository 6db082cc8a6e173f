using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Territoires;
using Portrea.Core.Territoires.Import;

namespace Portrea.Cli.Commandes;

public static class ImportContoursCommande
{
    public static Command Creer()
    {
        var fichier = new Argument<string>("fichier") { Description = "FeatureCollection GeoJSON en WGS84, une entité par territoire avec son code." };
        var niveau = new Option<string>("--niveau") { Description = "region, departement, epci ou commune.", Required = true };
        var source = new Option<string>("--source") { Description = "Source des tracés, affichée avec les cartes.", DefaultValueFactory = _ => "IGN Admin Express" };
        var simulation = new Option<bool>("--dry-run") { Description = "Valider et afficher le rapport sans rien écrire." };
        var json = new Option<bool>("--json") { Description = "Afficher le rapport en JSON." };

        var commande = new Command("contours", "Importer les contours GeoJSON d'un niveau de territoire.") { fichier, niveau, source, simulation, json };
        commande.SetAction((resultat, ct) =>
        {
            if (!NiveauTerritoireTexte.TryParse(resultat.GetValue(niveau), out var n))
            {
                Console.Error.WriteLine($"Niveau inconnu « {resultat.GetValue(niveau)} » : region, departement, epci ou commune.");
                return Task.FromResult(Execution.Rejets);
            }

            return Execution.LancerAsync(resultat, async (services, progression, jeton) =>
            {
                var rapport = await services.GetRequiredService<ContoursImporter>().ImporterAsync(
                    resultat.GetValue(fichier)!, n, resultat.GetValue(simulation), resultat.GetValue(source)!, progression, jeton);
                return AffichageRapport.Afficher(rapport, resultat.GetValue(json));
            }, ct, silencieux: resultat.GetValue(json));
        });
        return commande;
    }
}
