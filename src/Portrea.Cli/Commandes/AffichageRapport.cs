using System.Text.Json;
using Portrea.Core.Imports;
using Spectre.Console;

namespace Portrea.Cli.Commandes;

/// <summary>Prints an import report as a French summary with its rejected rows, or as JSON for scripts.</summary>
public static class AffichageRapport
{
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static int Afficher(RapportImport rapport, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(rapport, OptionsJson));
        }
        else
        {
            Ecrire(rapport);
        }

        return rapport.ARejets ? Execution.Rejets : Execution.Succes;
    }

    private static void Ecrire(RapportImport rapport)
    {
        AnsiConsole.MarkupLine($"Lignes acceptées : [bold]{rapport.Acceptes:N0}[/]");
        AnsiConsole.MarkupLine($"Lignes rejetées : [bold]{rapport.Rejetes.Count:N0}[/]");
        AnsiConsole.MarkupLine($"Doublons : [bold]{rapport.Doublons:N0}[/]");
        foreach (var avertissement in rapport.Avertissements)
        {
            AnsiConsole.MarkupLine($"[yellow]Avertissement :[/] {Markup.Escape(avertissement)}");
        }

        if (rapport.ARejets)
        {
            var table = new Table().AddColumns("Ligne", "Champ", "Motif");
            foreach (var rejet in rapport.Rejetes)
            {
                table.AddRow(rejet.Ligne.ToString(), Markup.Escape(rejet.Champ), Markup.Escape(rejet.Motif));
            }

            AnsiConsole.Write(table);
        }

        var issue = rapport switch
        {
            { Simulation: true } => "Simulation : rien n'a été écrit.",
            { Applique: true } => "Import appliqué.",
            _ => "Le fichier contient des lignes invalides : rien n'a été écrit. Corrigez-les puis relancez l'import.",
        };
        AnsiConsole.MarkupLine(Markup.Escape(issue));
    }
}
