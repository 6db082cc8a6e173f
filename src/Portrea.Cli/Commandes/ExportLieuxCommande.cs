using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Lieux.Export;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;

namespace Portrea.Cli.Commandes;

public static class ExportLieuxCommande
{
    public static Command Creer()
    {
        var format = new Option<string>("--format") { Description = "mednum-csv (standard v1.0.2, défaut), mednum-json, geojson ou xlsx.", DefaultValueFactory = _ => "mednum-csv" };
        var sortie = new Option<string>("--out") { Description = "Fichier à écrire.", Required = true };
        var departement = new Option<string?>("--departement") { Description = "Ne garder que les lieux d'un département (code)." };
        var epci = new Option<string?>("--epci") { Description = "Ne garder que les lieux d'un EPCI (SIREN)." };
        var commune = new Option<string?>("--commune") { Description = "Ne garder que les lieux d'une commune (code INSEE)." };

        var commande = new Command("lieux", "Exporter les lieux d'aide au numérique.") { format, sortie, departement, epci, commune };
        commande.SetAction((resultat, ct) =>
        {
            if (!ExporterLieux.TryParse(resultat.GetValue(format), out var choisi))
            {
                Console.Error.WriteLine($"Format inconnu « {resultat.GetValue(format)} » : mednum-csv, mednum-json, geojson ou xlsx.");
                return Task.FromResult(Execution.Rejets);
            }

            return Execution.LancerAsync(resultat, async (services, _, jeton) =>
            {
                var filtres = new FiltresLieux { Departement = resultat.GetValue(departement), Epci = resultat.GetValue(epci), Commune = resultat.GetValue(commune) };
                var lieux = await RechercherLieux.TousAsync(services.GetRequiredService<PortreaDbContext>(), filtres, jeton);
                await using (var flux = File.Create(resultat.GetValue(sortie)!))
                {
                    ExporterLieux.Ecrire(lieux, choisi, flux);
                }

                Console.WriteLine($"{lieux.Count:N0} lieux exportés dans {resultat.GetValue(sortie)}.");
                return Execution.Succes;
            }, ct, silencieux: true);
        });
        return commande;
    }
}
