using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Carte;

public abstract class CarteApiTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Theory]
    [InlineData("commune", 1202)]
    [InlineData("epci", 61)]
    [InlineData("departement", 4)]
    public async Task ObtenirContours_Niveau_RenvoieUnContourParTerritoireAvecSonNom(string niveau, int attendus)
    {
        var couche = await _client.LireJsonAsync($"/api/v1/carte/contours?niveau={niveau}");

        var entites = couche.GetProperty("features").EnumerateArray().ToList();
        entites.Count.ShouldBe(attendus);
        entites.ShouldAllBe(e => e.GetProperty("properties").GetProperty("nom").GetString()!.Length > 0);
        entites.Select(e => e.GetProperty("geometry").GetProperty("type").GetString()).Distinct().ShouldBeSubsetOf(["Polygon", "MultiPolygon"]);
    }

    [Fact]
    public async Task ObtenirContours_CommunesCompressees_TiennentEnMoinsDe400Ko()
    {
        using var requete = new HttpRequestMessage(HttpMethod.Get, "/api/v1/carte/contours?niveau=commune");
        requete.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var reponse = await _client.SendAsync(requete);

        reponse.Content.Headers.ContentEncoding.ShouldContain("gzip");
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        octets.Length.ShouldBeLessThan(400 * 1024);
        await using var flux = new GZipStream(new MemoryStream(octets), CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(flux);
        document.RootElement.GetProperty("features").GetArrayLength().ShouldBe(1202);
    }

    [Fact]
    public async Task ObtenirContours_AvecEtiquetteConnue_Renvoie304()
    {
        using var premiere = await _client.GetAsync("/api/v1/carte/contours?niveau=epci");
        var etiquette = premiere.Headers.ETag.ShouldNotBeNull();
        premiere.Headers.CacheControl!.Public.ShouldBeTrue();

        using var requete = new HttpRequestMessage(HttpMethod.Get, "/api/v1/carte/contours?niveau=epci");
        requete.Headers.IfNoneMatch.Add(etiquette);
        using var seconde = await _client.SendAsync(requete);

        seconde.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await seconde.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ObtenirContours_NiveauInconnu_Renvoie400EnFrancais()
    {
        using var reponse = await _client.GetAsync("/api/v1/carte/contours?niveau=canton");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("Niveau de territoire inconnu");
    }

    [Theory]
    [InlineData("chateaugiron", "35069")]
    [InlineData("Saint Malo", "35288")]
    [InlineData("st-malo", "35288")]
    [InlineData("35000", "35238")]
    [InlineData("quimper", "29232")]
    public async Task RechercherTerritoires_NomSansAccentOuCodePostal_TrouveLaCommune(string texte, string code)
    {
        var resultats = await _client.LireJsonAsync($"/api/v1/territoires/recherche?q={Uri.EscapeDataString(texte)}");

        var premier = resultats.EnumerateArray().First();
        premier.GetProperty("niveau").GetString().ShouldBe("commune");
        premier.GetProperty("code").GetString().ShouldBe(code);
        premier.GetProperty("cadre").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task RechercherTerritoires_NomDEpci_TrouveLEpci()
    {
        var resultats = await _client.LireJsonAsync("/api/v1/territoires/recherche?q=rennes%20metropole");

        resultats.EnumerateArray().ShouldContain(r => r.GetProperty("niveau").GetString() == "epci" && r.GetProperty("code").GetString() == "243500139");
    }

    [Fact]
    public async Task RechercherTerritoires_TexteTropCourt_Renvoie400()
    {
        using var reponse = await _client.GetAsync("/api/v1/territoires/recherche?q=a");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(SurSqlite.Nom)]
public sealed class CarteApiSqliteTests(BretagneSqlite bretagne) : CarteApiTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class CarteApiPostgresTests(BretagnePostgres bretagne) : CarteApiTests(bretagne);
