using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portrea.Tests.Contributions;

/// <summary>GET then PUT of a sheet the way an API client does it: the JSON of the GET, changed, sent back with its ETag.</summary>
public static class ApiDeTest
{
    public static async Task<(JsonObject Fiche, EntityTagHeaderValue Etag)> LireFicheAsync(this HttpClient client, string identifiant)
    {
        using var reponse = await client.GetAsync($"/api/v1/lieux/{identifiant}");
        reponse.EnsureSuccessStatusCode();
        var fiche = (await reponse.Content.ReadFromJsonAsync<JsonObject>())!;
        return (fiche, reponse.Headers.ETag!);
    }

    public static async Task<HttpResponseMessage> EcrireFicheAsync(this HttpClient client, string identifiant, JsonObject fiche, EntityTagHeaderValue? etag)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lieux/{identifiant}") { Content = JsonContent.Create(fiche) };
        if (etag is not null)
        {
            requete.Headers.IfMatch.Add(etag);
        }

        return await client.SendAsync(requete);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage reponse) => await reponse.Content.ReadFromJsonAsync<JsonElement>();
}
