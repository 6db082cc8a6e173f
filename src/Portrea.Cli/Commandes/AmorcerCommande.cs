using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Persistence;

namespace Portrea.Cli.Commandes;

public static class AmorcerCommande
{
    public static Command Creer()
    {
        var commande = new Command("seed", "Appliquer les migrations puis charger les données livrées (Bretagne) dans une base vide ; sans effet si elles sont déjà là.");
        commande.SetAction((resultat, ct) => Execution.LancerAsync(resultat, async (services, progression, jeton) =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitialiserAsync(migrer: true, amorcer: true, progression, jeton);
            Console.WriteLine("Base prête : migrations appliquées et données livrées chargées.");
            return Execution.Succes;
        }, ct));
        return commande;
    }
}
