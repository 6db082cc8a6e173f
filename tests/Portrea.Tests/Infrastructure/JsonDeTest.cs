using System.Net.Http.Json;
using System.Text.Json;

namespace Portrea.Tests.Infrastructure;

public static class JsonDeTest
{
    public static async Task<JsonElement> LireJsonAsync(this HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        reponse.EnsureSuccessStatusCode();
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }
}
