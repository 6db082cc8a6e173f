using System.CommandLine;
using System.Globalization;
using Portrea.Cli.Commandes;

namespace Portrea.Cli;

/// <summary>Entry point of <c>portrea</c>: migrations, shipped-data loading, imports and exports.</summary>
public static class Programme
{
    public static async Task<int> Main(string[] args)
    {
        // Reports are read by French users: French number and date formats whatever the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("fr-FR");
        var racine = new RootCommand("Portrea : portrait de la relation e-administrative des territoires (ligne de commande).");
        foreach (var option in OptionsGlobales.Toutes)
        {
            racine.Options.Add(option);
        }

        racine.Subcommands.Add(MigrerCommande.Creer());
        racine.Subcommands.Add(AmorcerCommande.Creer());
        var import = new Command("import", "Importer un fichier (territoires, contours, lieux, variables…).");
        import.Subcommands.Add(ImportTerritoiresCommande.Creer());
        import.Subcommands.Add(ImportContoursCommande.Creer());
        import.Subcommands.Add(ImportLieuxCommande.Creer());
        import.Subcommands.Add(ImportVariablesCommande.Creer());
        racine.Subcommands.Add(import);
        var export = new Command("export", "Exporter des données (lieux…).");
        export.Subcommands.Add(ExportLieuxCommande.Creer());
        racine.Subcommands.Add(export);

        return await racine.Parse(args).InvokeAsync();
    }
}
