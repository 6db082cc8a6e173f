using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Portraits;

public abstract class PortraitsPagesTests(Bretagne bretagne)
{
    public static readonly string[] Sections =
    [
        "1. Identité du territoire",
        "2. Le besoin : personnes à risque",
        "3. L&#x27;offre d&#x27;aide par besoin",
        "4. L&#x27;offre face au besoin",
        "5. Où une nouvelle permanence aiderait le plus",
        "6. Sources, millésimes et limites",
    ];

    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task Portrait_ChacunDesEpciLivres_SAfficheAvecSesSixParties()
    {
        var epcis = await bretagne.App.AvecBaseAsync(db => db.Epcis.Select(e => new { e.Siren, e.Nom }).ToListAsync());
        epcis.Count.ShouldBe(61);

        foreach (var epci in epcis)
        {
            var reponse = await _client.GetAsync($"/portraits/epci/{epci.Siren}");
            reponse.StatusCode.ShouldBe(HttpStatusCode.OK, epci.Nom);
            var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
            foreach (var section in Sections)
            {
                html.ShouldContain(WebUtility.HtmlDecode(section), customMessage: epci.Nom);
            }

            html.ShouldContain(epci.Nom);
        }
    }

    [Theory]
    [InlineData("/portraits/communes/35238", "Rennes")]
    [InlineData("/portraits/departements/29", "Finistère")]
    public async Task Portrait_CommuneEtDepartement_SAffichent(string url, string nom)
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync(url));

        html.ShouldContain($"Portrait de territoire : {nom}");
        html.ShouldContain("Couverture de la semaine");
    }

    [Fact]
    public async Task Portrait_TerritoireInconnu_Renvoie404()
    {
        (await _client.GetAsync("/portraits/epci/000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync("/api/v1/portraits/epci/000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_AjoutDUnePermanence_ChangeLesHeuresEtLaPortee()
    {
        var (siren, commune) = await CommuneLaMoinsDesservieAsync();

        var avant = await _client.LireJsonAsync($"/api/v1/portraits/epci/{siren}");
        var apres = await _client.LireJsonAsync($"/api/v1/portraits/epci/{siren}?ajout={commune}:etre_aidee:6");

        var aideAvant = Besoin(avant, "etre_aidee");
        var aideApres = Besoin(apres, "etre_aidee");
        aideApres.GetProperty("heuresParSemaine").GetDouble().ShouldBe(aideAvant.GetProperty("heuresParSemaine").GetDouble() + 6, 1e-9);
        aideApres.GetProperty("lieux").GetInt32().ShouldBe(aideAvant.GetProperty("lieux").GetInt32() + 1);
        aideApres.GetProperty("partAPortee").GetDouble().ShouldBeGreaterThan(aideAvant.GetProperty("partAPortee").GetDouble());
        apres.GetProperty("scenario").GetProperty("ajouts")[0].GetString().ShouldBe($"{commune}:etre_aidee:6");
    }

    [Fact]
    public async Task Api_RetraitDUnLieu_RetireSesHeures()
    {
        var siren = "243500139"; // Rennes Métropole: many places
        var avant = await _client.LireJsonAsync($"/api/v1/portraits/epci/{siren}");
        var lieu = await bretagne.App.AvecBaseAsync(db => db.ServicesLieux
            .Where(s => s.Categorie == Core.Lieux.CategorieBesoin.EtreAideDemarches && (s.HeuresParSemaine != null || s.Creneaux.Any(c => c.OuvertureMinutes != null)))
            .Join(db.Lieux.Where(l => db.Communes.Any(c => c.Code == l.CommuneCode && c.EpciSiren == siren)), s => s.LieuId, l => l.Id, (s, l) => l.Id)
            .FirstOrDefaultAsync());
        lieu.ShouldNotBe(0, "un lieu d'aide aux démarches avec des heures déclarées à Rennes Métropole");

        var apres = await _client.LireJsonAsync($"/api/v1/portraits/epci/{siren}?retrait={lieu}:etre_aidee");

        Besoin(apres, "etre_aidee").GetProperty("heuresParSemaine").GetDouble()
            .ShouldBeLessThan(Besoin(avant, "etre_aidee").GetProperty("heuresParSemaine").GetDouble());
    }

    [Fact]
    public async Task Api_ScenarioIllisible_Renvoie400EnFrancais()
    {
        var reponse = await _client.GetAsync("/api/v1/portraits/epci/243500139?ajout=rennes:aide");

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("illisible");
    }

    [Fact]
    public async Task Page_FormulaireDeSimulation_RedirigeVersLeScenarioEtAfficheLaSimulation()
    {
        var (siren, commune) = await CommuneLaMoinsDesservieAsync();

        var reponse = await _client.GetAsync($"/portraits/epci/{siren}?ajoutCommune={commune}&ajoutBesoin=etre_aidee&ajoutHeures=5&action=ajouter");
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        reponse.RequestMessage!.RequestUri!.Query.ShouldContain($"ajout={commune}%3Aetre_aidee%3A5");
        html.ShouldContain("Simulation en cours");
        html.ShouldContain("(avant : ");
    }

    [Fact]
    public async Task PagesTerritoires_EpciCommuneDepartement_LientLeurPortrait()
    {
        (await _client.GetStringAsync("/territoires/epci/243500139")).ShouldContain("href=\"/portraits/epci/243500139\"");
        (await _client.GetStringAsync("/territoires/communes/35238")).ShouldContain("href=\"/portraits/communes/35238\"");
        (await _client.GetStringAsync("/territoires/departements/35")).ShouldContain("href=\"/portraits/departements/35\"");
    }

    private static JsonElement Besoin(JsonElement portrait, string code) =>
        portrait.GetProperty("besoins").EnumerateArray().Single(b => b.GetProperty("besoin").GetString() == code);

    /// <summary>The first EPCI (by SIREN) that proposes a site for help with procedures, and that site.</summary>
    private async Task<(string Siren, string Commune)> CommuneLaMoinsDesservieAsync()
    {
        foreach (var siren in await bretagne.App.AvecBaseAsync(db => db.Epcis.OrderBy(e => e.Siren).Select(e => e.Siren).ToListAsync()))
        {
            var portrait = await _client.LireJsonAsync($"/api/v1/portraits/epci/{siren}");
            var sites = portrait.GetProperty("nouvellesPermanences").EnumerateArray().Single(s => s.GetProperty("besoin").GetString() == "etre_aidee");
            if (sites.GetProperty("communes").GetArrayLength() > 0)
            {
                return (siren, sites.GetProperty("communes")[0].GetProperty("code").GetString()!);
            }
        }

        throw new InvalidOperationException("Aucun EPCI livré n'a de commune hors de portée de l'aide aux démarches.");
    }
}

[Collection(SurSqlite.Nom)]
public sealed class PortraitsPagesSqliteTests(BretagneSqlite bretagne) : PortraitsPagesTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class PortraitsPagesPostgresTests(BretagnePostgres bretagne) : PortraitsPagesTests(bretagne);
