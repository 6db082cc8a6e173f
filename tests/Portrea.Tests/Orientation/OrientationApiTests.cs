using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portrea.Core.Lieux;
using Portrea.Tests.Infrastructure;
using static Portrea.Tests.Orientation.TerritoireDeTest;

namespace Portrea.Tests.Orientation;

/// <summary>The orientation API on the shipped Bretagne data (read only), on both engines.</summary>
public abstract class OrientationApiTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task Orienter_CommuneInconnue_Renvoie400EnFrancais()
    {
        using var reponse = await _client.GetAsync("/api/v1/orientation?besoin=etre_aidee&commune=Atlantide");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var probleme = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        probleme.GetProperty("detail").GetString()!.ShouldStartWith("Commune inconnue : « Atlantide »");
        probleme.GetProperty("title").GetString().ShouldBe("Requête invalide");
    }

    [Theory]
    [InlineData("besoin=cuisine&commune=22278", "Besoin inconnu « cuisine »")]
    [InlineData("service=tricot&commune=22278", "Service précis inconnu « tricot »")]
    [InlineData("besoin=etre_aidee&service=smartphone&commune=22278", "relève du besoin « Développer sa culture numérique, se former »")]
    [InlineData("besoin=etre_aidee&commune=22278&disponibilites=mardi-soir", "Disponibilité inconnue « mardi-soir »")]
    [InlineData("besoin=etre_aidee&commune=22278&situation=astronaute", "Situation inconnue « astronaute »")]
    [InlineData("besoin=etre_aidee&commune=22278&payant=peut-etre", "« payant » vaut oui, non")]
    [InlineData("besoin=etre_aidee&commune=22278&rayon=0", "Rayon invalide")]
    [InlineData("besoin=etre_aidee&lat=abc&lon=-2.7", "Position invalide")]
    [InlineData("besoin=etre_aidee", "Indiquez où habite la personne")]
    [InlineData("commune=22278", "Indiquez le besoin")]
    public async Task Orienter_ParametreInvalide_Renvoie400AvecLeMotifEnFrancais(string requete, string motif)
    {
        using var reponse = await _client.GetAsync($"/api/v1/orientation?{requete}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain(motif);
    }

    [Fact]
    public async Task Orienter_DemarchesASaintBrieuc_ClasseParCorrespondancePuisDistance()
    {
        var resultat = await _client.LireJsonAsync("/api/v1/orientation?besoin=etre_aidee&commune=22278&disponibilites=lundi-matin,mardi-apresmidi&nombre=50");

        var lieux = resultat.GetProperty("lieux").EnumerateArray().ToList();
        lieux.ShouldNotBeEmpty();
        resultat.GetProperty("depart").GetProperty("commune").GetString().ShouldBe("22278");
        lieux.ShouldAllBe(l => l.GetProperty("raisons").EnumerateArray().Any(r => r.GetString()!.StartsWith("Propose : ")));
        lieux.ShouldAllBe(l => l.GetProperty("distanceKm").GetDouble() <= 30);
        var cles = lieux.Select(l => (Manques: l.GetProperty("manques").GetArrayLength(), Inconnus: l.GetProperty("nonRenseignes").GetArrayLength(), Km: l.GetProperty("distanceKm").GetDouble())).ToList();
        cles.ShouldBe(cles.OrderBy(c => c.Manques).ThenBy(c => c.Inconnus).ThenBy(c => c.Km).ToList());
        lieux[0].GetProperty("ficheOrientation").GetString()!.ShouldStartWith("/orienter/fiche/");
        lieux[0].GetProperty("ficheOrientation").GetString()!.ShouldContain("disponibilites=lundi-matin,mardi-apresmidi");
    }

    [Theory]
    [InlineData("22000")]
    [InlineData("saint brieuc")]
    [InlineData("Saint-Brieuc")]
    public async Task Orienter_CodePostalOuNomSansAccent_PartDeLaMemeCommune(string commune)
    {
        var resultat = await _client.LireJsonAsync($"/api/v1/orientation?besoin=etre_informe_oriente&commune={Uri.EscapeDataString(commune)}");

        resultat.GetProperty("depart").GetProperty("commune").GetString().ShouldBe("22278");
    }

    [Fact]
    public async Task ListerServicesPrecis_Catalogue_DonneLesServicesDuStandardEtLesPieces()
    {
        var services = await _client.LireJsonAsync("/api/v1/orientation/services");
        var document = await _client.LireJsonAsync("/openapi/v1.json");

        var caf = services.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "espace-caf");
        caf.GetProperty("besoin").GetString().ShouldBe("etre_aidee");
        caf.GetProperty("servicesNationaux").EnumerateArray().Select(s => s.GetString()).ShouldContain("Aide aux démarches administratives");
        document.GetProperty("paths").TryGetProperty("/api/v1/orientation", out _).ShouldBeTrue();
    }
}

[Collection(SurSqlite.Nom)]
public sealed class OrientationApiSqliteTests(BretagneSqlite bretagne) : OrientationApiTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class OrientationApiPostgresTests(BretagnePostgres bretagne) : OrientationApiTests(bretagne);

/// <summary>The API on a hand-made territory, where the expected order is known.</summary>
public sealed class OrientationApiTerritoireTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_AutourDUnePosition_RenvoieLOrdreAttenduAvecLesRaisons(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var sourd = Lieu("sourd", 6, "Tu 14:00-17:00");
        sourd.PriseEnChargeSpecifique = "Surdité";
        await AjouterAsync(app, Lieu("proche", 1, "Tu 14:00-17:00"), sourd, Lieu("ferme", 2, "Mo 09:00-12:00"));
        using var client = app.CreateClient();

        var resultat = await client.LireJsonAsync(
            $"/api/v1/orientation?besoin=etre_aidee&lat=48.5&lon=-2.76&disponibilites=mardi-apresmidi&situation=sourd&payant=non&rayon=30");

        var lieux = resultat.GetProperty("lieux").EnumerateArray().ToList();
        lieux.Select(l => l.GetProperty("id").GetString()).ShouldBe(["sourd", "proche", "ferme"]);
        lieux.Select(l => l.GetProperty("correspondance").GetString()).ShouldBe(["complete", "partielle", "partielle"]);
        lieux[0].GetProperty("raisons").EnumerateArray().Select(r => r.GetString()).ShouldBe(
            ["Propose : être aidé·e dans ses démarches", "À 6,0 km", "Ouvert le mardi après-midi", "Accueil adapté aux personnes sourdes ou malentendantes", "Gratuit"], ignoreOrder: true);
        lieux[2].GetProperty("manques").GetArrayLength().ShouldBe(2);
        resultat.GetProperty("toutCorrespond").GetBoolean().ShouldBeTrue();
        resultat.GetProperty("depart").GetProperty("libelle").GetString().ShouldBe("votre position");
        resultat.GetProperty("besoin").GetProperty("libelle").GetString().ShouldBe(CategorieBesoin.EtreAideDemarches.Libelle());
    }
}
