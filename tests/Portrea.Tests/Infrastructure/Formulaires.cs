using System.Net;
using System.Text.RegularExpressions;

namespace Portrea.Tests.Infrastructure;

/// <summary>Submits a page's form as a browser would: reads the antiforgery token from the page, posts the fields.</summary>
public static partial class Formulaires
{
    public static async Task<string> JetonAntiforgeryAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return JetonAntiforgery().Match(html) is { Success: true } trouve
            ? WebUtility.HtmlDecode(trouve.Groups[1].Value)
            : throw new InvalidOperationException($"Aucun jeton antiforgery dans {page}.");
    }

    public static async Task<HttpResponseMessage> SoumettreAsync(this HttpClient client, string page, IDictionary<string, string> champs, string? action = null)
    {
        var jeton = await client.JetonAntiforgeryAsync(page);
        var valeurs = new Dictionary<string, string>(champs) { ["__RequestVerificationToken"] = jeton };
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(valeurs));
    }

    /// <summary>Signs in through <c>/connexion</c>; the client keeps the cookie.</summary>
    public static async Task<HttpResponseMessage> ConnecterAsync(this HttpClient client, string email, string motDePasse = Comptes.MotDePasse) =>
        await client.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Email"] = email, ["MotDePasse"] = motDePasse });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex JetonAntiforgery();
}
