using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Lieux;

public abstract class LieuxApiTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task ListerLieux_SansFiltre_RenvoieTousLesLieuxEtLeTotal()
    {
        var attendu = await bretagne.App.AvecBaseAsync(db => db.Lieux.CountAsync());

        var page = await _client.LireJsonAsync("/api/v1/lieux?taille=5");

        page.GetProperty("total").GetInt32().ShouldBe(attendu);
        page.GetProperty("elements").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task ListerLieux_ParCommune_RenvoieLesFranceServicesDeLaCommune()
    {
        var fichier = FichiersLivres.Lire("bretagne_france_services_2023.csv");
        var saintBrieuc = fichier.Where(l => l["code_insee_pip_2026"] == "22278").Select(l => l["lib_fs"]).ToList();

        var page = await _client.LireJsonAsync("/api/v1/lieux?commune=22278&label=France%20Services");
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/territoires/communes/22278"));

        saintBrieuc.ShouldNotBeEmpty();
        var noms = page.GetProperty("elements").EnumerateArray().Select(l => l.GetProperty("nom").GetString()).ToList();
        noms.ShouldBe(saintBrieuc, ignoreOrder: true);
        foreach (var nom in saintBrieuc)
        {
            html.ShouldContain(nom);
        }

        html.ShouldContain("Lieux d'aide au numérique");
    }

    [Fact]
    public async Task ListerLieux_ParEpciEtDepartement_ResteDansLeTerritoire()
    {
        var epci = await _client.LireJsonAsync("/api/v1/lieux?epci=243500139&taille=5000");
        var departement = await _client.LireJsonAsync("/api/v1/lieux?departement=35&taille=5000");
        var communesRennesMetropole = (await _client.LireJsonAsync("/api/v1/territoires/communes?epci=243500139"))
            .GetProperty("elements").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToHashSet();

        epci.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        epci.GetProperty("elements").EnumerateArray().ShouldAllBe(l => communesRennesMetropole.Contains(l.GetProperty("communeRattachee").GetString()));
        departement.GetProperty("elements").EnumerateArray().ShouldAllBe(l => l.GetProperty("communeRattachee").GetString()!.StartsWith("35"));
        departement.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(epci.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListerLieux_ParBesoinEtService_FiltreSurLesServices()
    {
        var informes = await _client.LireJsonAsync("/api/v1/lieux?besoin=etre_informe_oriente&taille=5000");
        var demarches = await _client.LireJsonAsync("/api/v1/lieux?service=Aide%20aux%20d%C3%A9marches%20administratives&taille=5000");

        informes.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        informes.GetProperty("elements").EnumerateArray()
            .ShouldAllBe(l => l.GetProperty("services").EnumerateArray().Any(s => s.GetProperty("besoin").GetString() == "etre_informe_oriente"));
        demarches.GetProperty("elements").EnumerateArray()
            .ShouldAllBe(l => l.GetProperty("servicesNationaux").EnumerateArray().Any(s => s.GetString() == "Aide aux démarches administratives"));
    }

    [Fact]
    public async Task ListerLieux_Texte_TrouveParNomSansTenirCompteDeLaCasse()
    {
        var page = await _client.LireJsonAsync("/api/v1/lieux?q=callac");

        page.GetProperty("elements").EnumerateArray().Select(l => l.GetProperty("nom").GetString()).ShouldContain("France services de Callac");
    }

    [Fact]
    public async Task ListerLieux_OuvertUnDimancheSoir_NeRenvoiePasLesLieuxDeSemaine()
    {
        var lundi = await _client.LireJsonAsync("/api/v1/lieux?ouvert=2026-12-07T10:00&taille=5000");
        var dimanche = await _client.LireJsonAsync("/api/v1/lieux?ouvert=2026-12-06T22:00&taille=5000");

        lundi.GetProperty("total").GetInt32().ShouldBeGreaterThan(50);
        dimanche.GetProperty("total").GetInt32().ShouldBeLessThan(lundi.GetProperty("total").GetInt32() / 10);
    }

    [Theory]
    [InlineData("ouvert=demain")]
    [InlineData("besoin=cuisine")]
    [InlineData("service=Cuisine")]
    [InlineData("taille=5001")]
    public async Task ListerLieux_ParametreInvalide_Renvoie400EnFrancais(string requete)
    {
        using var reponse = await _client.GetAsync($"/api/v1/lieux?{requete}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ListerLieux_GeoJson_RenvoieDesPointsEnWgs84AvecUnEtag()
    {
        using var reponse = await _client.GetAsync("/api/v1/lieux?format=geojson&departement=29");
        var collection = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        using var requete = new HttpRequestMessage(HttpMethod.Get, "/api/v1/lieux?format=geojson&departement=29");
        requete.Headers.IfNoneMatch.Add(reponse.Headers.ETag!);
        using var deuxieme = await _client.SendAsync(requete);

        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        collection.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var premier = collection.GetProperty("features")[0];
        premier.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble().ShouldBeInRange(-5.5, -3.0);
        deuxieme.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task ObtenirLieu_IdentifiantInconnu_Renvoie404EnFrancais()
    {
        using var reponse = await _client.GetAsync("/api/v1/lieux/inconnu");

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("Aucun lieu n'a l'identifiant « inconnu ».");
    }

    [Fact]
    public async Task PageFiche_LundiMatin_AfficheLesHorairesEnFrancaisEtLeBadgeOuvert()
    {
        await using var app = bretagne.App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new HorlogeFixe(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(1))))));
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/lieux/france-services-133"));
        var dimanche = await bretagne.App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new HorlogeFixe(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.FromHours(1))))))
            .CreateClient().GetStringAsync("/lieux/france-services-133");

        html.ShouldContain("France services Saint-Brieuc");
        html.ShouldContain("Ouvert maintenant");
        html.ShouldContain("lundi");
        html.ShouldContain("8 h");
        html.ShouldContain("Être informé·e et orienté·e");
        html.ShouldContain("source : France Services (ANCT)");
        WebUtility.HtmlDecode(dimanche).ShouldContain("Fermé en ce moment");
    }

    [Fact]
    public async Task Export_MednumCsv_AL_EnTeteExacteDuStandardEtUnNomDeFichierDate()
    {
        using var reponse = await _client.GetAsync("/api/v1/export/lieux?format=mednum-csv&departement=56");
        var texte = await reponse.Content.ReadAsStringAsync();

        reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("lieux-mediation-numerique-");
        texte.Split('\n')[0].ShouldBe("id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv");
        texte.ShouldNotContain("portrea_");
    }
}

[Collection(SurSqlite.Nom)]
public sealed class LieuxApiSqliteTests(BretagneSqlite bretagne) : LieuxApiTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class LieuxApiPostgresTests(BretagnePostgres bretagne) : LieuxApiTests(bretagne);
