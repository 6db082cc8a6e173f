using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Lieux.Import;

namespace Portrea.Cli.Commandes;

public static class ImportLieuxCommande
{
    public static Command Creer()
    {
        var fichier = new Argument<string>("fichier") { Description = "Fichier de lieux : standard v1 (CSV ou JSON), vocabulaire v0, liste France Services, ou classeur XLSX." };
        var format = new Option<string>("--format") { Description = "auto (défaut), mednum-v1-csv, mednum-v1-json, mednum-v0, france-services ou xlsx.", DefaultValueFactory = _ => "auto" };
        var simulation = new Option<bool>("--dry-run") { Description = "Valider et afficher le rapport sans rien écrire." };
        var json = new Option<bool>("--json") { Description = "Afficher le rapport en JSON." };

        var commande = new Command("lieux", "Importer des lieux d'aide au numérique (validation complète, doublons fusionnés, une seule transaction).") { fichier, format, simulation, json };
        commande.SetAction((resultat, ct) =>
        {
            if (!FormatFichierLieuxTexte.TryParse(resultat.GetValue(format), out var choisi))
            {
                Console.Error.WriteLine($"Format inconnu « {resultat.GetValue(format)} » : auto, mednum-v1-csv, mednum-v1-json, mednum-v0, france-services ou xlsx.");
                return Task.FromResult(Execution.Rejets);
            }

            return Execution.LancerAsync(resultat, async (services, progression, jeton) =>
            {
                var rapport = await services.GetRequiredService<ImporterLieux>().ImporterAsync(
                    resultat.GetValue(fichier)!, choisi, resultat.GetValue(simulation), progression, jeton);
                return AffichageRapport.Afficher(rapport, resultat.GetValue(json));
            }, ct, silencieux: resultat.GetValue(json));
        });
        return commande;
    }
}
