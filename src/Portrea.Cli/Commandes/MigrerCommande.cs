using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Persistence;

namespace Portrea.Cli.Commandes;

public static class MigrerCommande
{
    public static Command Creer()
    {
        var commande = new Command("migrate", "Appliquer les migrations en attente à la base (SQLite ou PostgreSQL), sans charger de données.");
        commande.SetAction((resultat, ct) => Execution.LancerAsync(resultat, async (services, _, jeton) =>
        {
            var initialiseur = services.GetRequiredService<DatabaseInitializer>();
            var enAttente = await initialiseur.MigrationsEnAttenteAsync(jeton);
            await initialiseur.InitialiserAsync(migrer: true, amorcer: false, progression: null, jeton);
            Console.WriteLine(enAttente.Count == 0
                ? "La base est à jour : aucune migration en attente."
                : $"{enAttente.Count} migration(s) appliquée(s) : {string.Join(", ", enAttente)}");
            return Execution.Succes;
        }, ct, silencieux: true, migrerAvant: false));
        return commande;
    }
}
