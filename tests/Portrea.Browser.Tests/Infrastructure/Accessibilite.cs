using System.Text.Json;
using Microsoft.Playwright;

namespace Portrea.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core (installed from npm by the build) in the page, on the WCAG 2.1 A and AA rules that RGAA 4.1 maps to.</summary>
public static class Accessibilite
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(CheminAxe()));

    public static async Task<IReadOnlyList<string>> ViolationsGravesAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations");
        return [.. json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) : {v.GetProperty("help").GetString()} — "
                + string.Join(" ; ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))];
    }

    private static string CheminAxe()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            var chemin = Path.Combine(dossier.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(chemin))
            {
                return chemin;
            }
        }

        throw new InvalidOperationException("axe-core est introuvable : lancez « npm ci » à la racine du dépôt (le script de test le fait).");
    }
}
