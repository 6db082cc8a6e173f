using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Territoires;

public abstract class TerritoiresApiTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task ListerCommunes_DepartementIlleEtVilaine_Renvoie332CommunesEtLaPopulationLegale()
    {
        var page = await _client.LireJsonAsync("/api/v1/territoires/communes?departement=35");

        page.GetProperty("total").GetInt32().ShouldBe(332);
        var communes = page.GetProperty("elements").EnumerateArray().ToList();
        communes.Count.ShouldBe(332);
        communes.Sum(c => c.GetProperty("population").GetInt64()).ShouldBe(1_120_666);
    }

    [Fact]
    public async Task ListerCommunes_CotesDArmor_Renvoie344Communes()
    {
        var page = await _client.LireJsonAsync("/api/v1/territoires/communes?departement=22&taille=10");

        page.GetProperty("total").GetInt32().ShouldBe(344);
        page.GetProperty("elements").GetArrayLength().ShouldBe(10);
    }

    [Fact]
    public async Task ListerCommunes_Bretagne_Renvoie1202CommunesEn4Departements()
    {
        var communes = await _client.LireJsonAsync("/api/v1/territoires/communes");
        var departements = await _client.LireJsonAsync("/api/v1/territoires/departements");
        var epci = await _client.LireJsonAsync("/api/v1/territoires/epci");

        communes.GetProperty("total").GetInt32().ShouldBe(1202);
        departements.GetProperty("elements").EnumerateArray().Select(d => d.GetProperty("code").GetString())
            .ShouldBe(["22", "29", "35", "56"]);
        epci.GetProperty("total").GetInt32().ShouldBe(61);
    }

    [Fact]
    public async Task ObtenirEpci_RennesMetropole_Compte43Communes()
    {
        var epci = await _client.LireJsonAsync("/api/v1/territoires/epci/243500139");
        var membres = await _client.LireJsonAsync("/api/v1/territoires/communes?epci=243500139");

        epci.GetProperty("nom").GetString().ShouldBe("Rennes Métropole");
        epci.GetProperty("nombreCommunes").GetInt32().ShouldBe(43);
        membres.GetProperty("total").GetInt32().ShouldBe(43);
    }

    [Fact]
    public async Task ObtenirCommune_CodeInconnu_Renvoie404EnFrancais()
    {
        using var reponse = await _client.GetAsync("/api/v1/territoires/communes/99999");

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var probleme = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        probleme.GetProperty("detail").GetString().ShouldBe("Aucune commune n'a le code INSEE « 99999 ».");
    }

    [Theory]
    [InlineData("taille=5001")]
    [InlineData("taille=0")]
    [InlineData("page=0")]
    public async Task ListerCommunes_PaginationHorsLimites_Renvoie400EnFrancais(string requete)
    {
        using var reponse = await _client.GetAsync($"/api/v1/territoires/communes?{requete}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var probleme = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        probleme.GetProperty("detail").GetString()!.ShouldContain("doit être");
    }

    [Fact]
    public async Task ListerCommunes_RechercheParCodePostal_TrouveLaCommune()
    {
        var page = await _client.LireJsonAsync("/api/v1/territoires/communes?q=29200");

        page.GetProperty("elements").EnumerateArray().Select(c => c.GetProperty("nom").GetString()).ShouldContain("Brest");
    }

    [Fact]
    public async Task ObtenirContour_Departement_RenvoieUneFeatureGeoJsonEnWgs84()
    {
        using var reponse = await _client.GetAsync("/api/v1/territoires/departement/29/contour");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var feature = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        feature.GetProperty("type").GetString().ShouldBe("Feature");
        feature.GetProperty("properties").GetProperty("nom").GetString().ShouldBe("Finistère");
        feature.GetProperty("geometry").GetProperty("type").GetString()!.ShouldEndWith("Polygon");
        var bbox = feature.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        bbox[0].ShouldBeInRange(-5.5, -4.0);
        bbox[1].ShouldBeInRange(47.5, 48.5);
    }

    [Fact]
    public async Task ObtenirContour_NiveauInconnu_Renvoie400()
    {
        using var reponse = await _client.GetAsync("/api/v1/territoires/canton/29/contour");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PageCommune_CodeInconnu_AffichePageIntrouvableEnFrancais()
    {
        using var reponse = await _client.GetAsync("/territoires/communes/99999");

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("Page introuvable");
    }

    [Fact]
    public async Task PageCommune_AncienCode_RedirigeVersLaCommuneActuelle()
    {
        var historique = await bretagne.App.AvecBaseAsync(db => db.CodesHistoriques
            .Where(h => h.AncienCode != h.CodeActuel && !db.Communes.Any(c => c.Code == h.AncienCode))
            .OrderBy(h => h.AncienCode)
            .FirstAsync());
        using var client = bretagne.App.CreateClient(new() { AllowAutoRedirect = false });

        using var reponse = await client.GetAsync($"/territoires/communes/{historique.AncienCode}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        reponse.Headers.Location!.ToString().ShouldEndWith($"/territoires/communes/{historique.CodeActuel}");
    }

    [Fact]
    public async Task PageDepartement_IlleEtVilaine_ListeSesCommunesEtSaPopulation()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/territoires/departements/35")).Replace('\u202f', ' ').Replace('\u00a0', ' ');

        html.ShouldContain("Ille-et-Vilaine");
        html.ShouldContain("1 120 666");
        html.ShouldContain("href=\"/territoires/epci/243500139\"");
    }

    [Theory]
    [InlineData("22016")]
    [InlineData("29083")]
    [InlineData("29155")]
    public async Task ObtenirCommune_Ile_NAppartientAAucunEpciEtLeDit(string code)
    {
        var commune = await _client.LireJsonAsync($"/api/v1/territoires/communes/{code}");
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/territoires/communes/{code}"));

        commune.GetProperty("epci").ValueKind.ShouldBe(JsonValueKind.Null);
        html.ShouldContain("Aucun : commune n'appartenant à aucune intercommunalité");
    }

    [Fact]
    public async Task ObtenirEpci_RedonAgglomeration_EstSigneInterregional()
    {
        var epci = await _client.LireJsonAsync("/api/v1/territoires/epci/243500741");
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/territoires/epci/243500741"));

        epci.GetProperty("interregional").GetBoolean().ShouldBeTrue();
        epci.GetProperty("nombreCommunes").GetInt32().ShouldBe(31);
        epci.GetProperty("nombreCommunesDansTerritoire").GetInt32().ShouldBe(23);
        html.ShouldContain("EPCI interrégional");
        html.ShouldContain("23 de ses 31 communes");
    }

    [Fact]
    public async Task Sante_BaseInitialisee_Renvoie200()
    {
        using var reponse = await _client.GetAsync("/health");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_Document_DecritLesRoutesDesTerritoires()
    {
        var document = await _client.LireJsonAsync("/openapi/v1.json");

        document.GetProperty("paths").TryGetProperty("/api/v1/territoires/communes", out _).ShouldBeTrue();
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("API Portrea");
    }
}

[Collection(SurSqlite.Nom)]
public sealed class TerritoiresApiSqliteTests(BretagneSqlite bretagne) : TerritoiresApiTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class TerritoiresApiPostgresTests(BretagnePostgres bretagne) : TerritoiresApiTests(bretagne);
