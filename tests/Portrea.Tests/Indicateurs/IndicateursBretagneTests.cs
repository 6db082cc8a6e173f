using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Indicateurs;

/// <summary>Indicators of real Bretagne territories, checked against values computed here from the raw shipped files.</summary>
public abstract class IndicateursBretagneTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    private async Task<JsonElement> IndicateurAsync(string niveau, string code, string indicateur)
    {
        var json = await _client.LireJsonAsync($"/api/v1/territoires/{niveau}/{code}/indicateurs");
        return json.GetProperty("indicateurs").EnumerateArray().Single(i => i.GetProperty("code").GetString() == indicateur);
    }

    private static double? Nombre(JsonElement valeur, string champ) =>
        valeur.GetProperty(champ).ValueKind == JsonValueKind.Null ? null : valeur.GetProperty(champ).GetDouble();

    [Fact]
    public async Task Exposition_Rennes_EgaleCafPlusDemandeursDEmploiDesFichiersBruts()
    {
        var (caf, secret) = DonneesBrutes.Caf("35238");
        var attendu = caf!.Value + DonneesBrutes.Defm("35238")!.Value;

        var valeur = (await IndicateurAsync("commune", "35238", "exposition_exigences_numeriques")).GetProperty("valeur");

        Nombre(valeur, "valeur").ShouldBe(attendu);
        valeur.GetProperty("minorant").GetBoolean().ShouldBe(secret);
        valeur.GetProperty("millesime").GetString().ShouldBe("2019, 2021");
        valeur.GetProperty("source").GetString()!.ShouldContain("CAF");
    }

    [Fact]
    public async Task Exposition_RennesMetropole_SommeLesCommunesAvecDonneesEtDitSaCouverture()
    {
        var membres = DonneesBrutes.CommunesDeLEpci("243500139");
        var avecDonnees = membres.Where(c => DonneesBrutes.Caf(c).Somme is not null && DonneesBrutes.Defm(c) is not null).ToList();
        var attendu = avecDonnees.Sum(c => DonneesBrutes.Caf(c).Somme!.Value + DonneesBrutes.Defm(c)!.Value);

        var indicateur = await IndicateurAsync("epci", "243500139", "exposition_exigences_numeriques");

        Nombre(indicateur.GetProperty("valeur"), "valeur").ShouldBe(attendu);
        indicateur.GetProperty("couverture").GetString().ShouldBe($"données disponibles pour {avecDonnees.Count} communes sur 43");
        Nombre(indicateur.GetProperty("valeur"), "couverture")!.Value.ShouldBeInRange(0.01, 0.99);
    }

    [Theory]
    [InlineData("35238")]
    [InlineData("29019")]
    [InlineData("35282")]
    public async Task CouvertureThd_Commune_EgaleLaPartDesLocauxDesFichiersArcep(string code)
    {
        // 35282 gathers four communes of the 2019 geography: their locaux add up before the share is taken.
        var (thd, locaux) = DonneesBrutes.Arcep([code]);

        var valeur = (await IndicateurAsync("commune", code, "couverture_thd")).GetProperty("valeur");

        Nombre(valeur, "valeur")!.Value.ShouldBe(100 * thd / locaux, 1e-4);
        Nombre(valeur, "numerateur").ShouldBe(thd);
        Nombre(valeur, "denominateur").ShouldBe(locaux);
    }

    [Fact]
    public async Task CouvertureThd_RennesMetropole_EstRecalculeeDesLocauxDesCommunes()
    {
        var (thd, locaux) = DonneesBrutes.Arcep(DonneesBrutes.CommunesDeLEpci("243500139"));

        var valeur = (await IndicateurAsync("epci", "243500139", "couverture_thd")).GetProperty("valeur");

        Nombre(valeur, "valeur")!.Value.ShouldBe(100 * thd / locaux, 1e-4);
    }

    [Fact]
    public async Task Fragilite_Rennes_NonDisponibleAvecUneEstimationSepareeDeSaMethode()
    {
        var rp2021 = DonneesBrutes.Lire("insee", "bretagne_communes_comparateur_rp2021.csv").Single(r => r["code_insee"] == "35238");
        var rp2017 = DonneesBrutes.Lire("insee", "bretagne_fragilite_ifn_d4g_rp2017.csv").Single(r => r["code_insee"] == "35238");
        var pop1564 = DonneesBrutes.Nombre(rp2021["pop_15_64_2021"]);
        var t65 = DonneesBrutes.Nombre(rp2017["tx_65_ans_et_plus_sur_pop15p"]);
        var peuDiplomes = DonneesBrutes.Nombre(rp2017["tx_peu_ou_pas_diplomes_15p"]);
        var attendu = pop1564 * t65 / (100 - t65) + peuDiplomes / 100 * pop1564;

        var valeur = (await IndicateurAsync("commune", "35238", "fragilite_socio_numerique")).GetProperty("valeur");

        valeur.GetProperty("valeur").ValueKind.ShouldBe(JsonValueKind.Null);
        valeur.GetProperty("source").ValueKind.ShouldBe(JsonValueKind.Null);
        var estimation = valeur.GetProperty("estimation");
        estimation.GetProperty("valeur").GetDouble().ShouldBe(attendu, 0.01);
        estimation.GetProperty("methode").GetString()!.ShouldContain("majorant");
    }

    [Fact]
    public async Task Exposition_PetiteCommuneSansCaf_EstNonDisponibleSansEstimationNiZero()
    {
        DonneesBrutes.Caf("22001").Somme.ShouldBeNull();

        var valeur = (await IndicateurAsync("commune", "22001", "exposition_exigences_numeriques")).GetProperty("valeur");
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/territoires/communes/22001"));

        valeur.GetProperty("valeur").ValueKind.ShouldBe(JsonValueKind.Null);
        valeur.GetProperty("estimation").ValueKind.ShouldBe(JsonValueKind.Null);
        valeur.GetProperty("couverture").GetDouble().ShouldBe(0);
        html.ShouldContain("Indicateurs de besoin");
        html.ShouldContain("non disponible");
    }

    [Fact]
    public async Task Allocataires_Bretagne_DitCombienDeCommunesOntDesDonnees()
    {
        var communes = DonneesBrutes.Lire("caf", "bretagne_caf_iris_2021.csv").Select(r => r["code_commune"]).Distinct()
            .Count(c => DonneesBrutes.Caf(c).Somme is not null);

        var indicateur = await IndicateurAsync("region", "53", "allocataires_aah_ppa_rsa");

        // French number formatting separates thousands with a narrow no-break space.
        indicateur.GetProperty("couverture").GetString()!.Replace('\u202f', ' ').ShouldBe($"données disponibles pour {communes} communes sur 1 202");
    }

    [Fact]
    public async Task Couverture_EpciInterregional_CompteSesMembresHorsDuTerritoireSansDonnees()
    {
        var valeur = (await IndicateurAsync("epci", "243500741", "couverture_thd")).GetProperty("valeur");

        valeur.GetProperty("communesTotal").GetInt32().ShouldBe(31);
        valeur.GetProperty("communesAvecDonnees").GetInt32().ShouldBe(23);
        valeur.GetProperty("couverture").GetDouble().ShouldBeLessThan(1);
    }

    [Fact]
    public async Task CouvertureMobile_CommuneFusionneeDeTauxNonRecombinables_EstNonDisponible()
    {
        var fusionnee = DonneesBrutes.Lire("arcep", "bretagne_couverture_mobile_proxy_sites_2020T2_d4g.csv")
            .GroupBy(r => r["code_insee_cog2026"]).First(g => g.Count() > 1).Key;

        var valeur = (await IndicateurAsync("commune", fusionnee, "couverture_mobile")).GetProperty("valeur");

        valeur.GetProperty("valeur").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Registre_Api_ListeLesIndicateursPrincipauxAvecFormulesEtPoids()
    {
        var registre = await _client.LireJsonAsync("/api/v1/indicateurs");

        var codes = registre.GetProperty("indicateurs").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        foreach (var code in new[] { "fragilite_socio_numerique", "exposition_exigences_numeriques", "vulnerabilite_e_administrative", "couverture_thd", "couverture_mobile" })
        {
            codes.ShouldContain(code);
        }

        registre.GetProperty("parametres").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldContain("poids_fragilite");
    }

    [Fact]
    public async Task Valeurs_CommunesDUnEpci_SontCompactesEtCachables()
    {
        using var reponse = await _client.GetAsync("/api/v1/indicateurs/couverture_thd/valeurs?niveau=commune&parent=243500139");
        var json = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;

        json.GetProperty("valeurs").GetArrayLength().ShouldBe(43);
        reponse.Headers.CacheControl!.Public.ShouldBeTrue();
        var etag = reponse.Headers.ETag.ShouldNotBeNull();
        using var requete = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicateurs/couverture_thd/valeurs?niveau=commune&parent=243500139");
        requete.Headers.IfNoneMatch.Add(etag);
        using var seconde = await _client.SendAsync(requete);
        seconde.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Valeurs_ToutesLesCommunesEtLesEpci_CouvrentLeTerritoire()
    {
        var communes = await _client.LireJsonAsync("/api/v1/indicateurs/vulnerabilite_e_administrative/valeurs?niveau=commune");
        var epci = await _client.LireJsonAsync("/api/v1/indicateurs/vulnerabilite_e_administrative/valeurs?niveau=epci");

        communes.GetProperty("valeurs").GetArrayLength().ShouldBe(1202);
        epci.GetProperty("valeurs").GetArrayLength().ShouldBe(61);
    }

    [Fact]
    public async Task Valeurs_FormatCsv_DonneUnFichierNommeAvecLesNoms()
    {
        using var reponse = await _client.GetAsync("/api/v1/indicateurs/couverture_thd/valeurs?niveau=epci&parent=35&format=csv");
        var texte = await reponse.Content.ReadAsStringAsync();

        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("couverture_thd_epci_35.csv");
        texte.ShouldContain("indicateur,code,nom,valeur");
        texte.ShouldContain("Rennes Métropole");
    }

    [Theory]
    [InlineData("/api/v1/indicateurs/inconnu/valeurs", HttpStatusCode.NotFound, "Aucun indicateur")]
    [InlineData("/api/v1/indicateurs/couverture_thd/valeurs?niveau=canton", HttpStatusCode.BadRequest, "Niveau inconnu")]
    [InlineData("/api/v1/indicateurs/couverture_thd/valeurs?parent=999999999", HttpStatusCode.NotFound, "Aucun territoire")]
    [InlineData("/api/v1/territoires/commune/99999/indicateurs", HttpStatusCode.NotFound, "Aucun territoire")]
    public async Task Valeurs_RequeteInvalide_RenvoieUnProblemeEnFrancais(string url, HttpStatusCode statut, string detail)
    {
        using var reponse = await _client.GetAsync(url);

        reponse.StatusCode.ShouldBe(statut);
        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await reponse.Content.ReadAsStringAsync()).ShouldContain(detail);
    }

    [Fact]
    public async Task PageMethodologie_ExpliqueFormulesBiaisEtPoids()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/methodologie"));

        html.ShouldContain("id=\"fragilite_socio_numerique\"");
        html.ShouldContain("POP65P + NSCOL15P_DIPLMIN * (POP15P - POP65P) / POP15P");
        html.ShouldContain("comptée deux fois");
        html.ShouldContain("poids_exposition");
    }

    [Fact]
    public async Task Poids_HoteDemarreAvecDAutresPoids_RecalculeLaVulnerabilite()
    {
        var defaut = (await IndicateurAsync("epci", "243500139", "vulnerabilite_e_administrative")).GetProperty("valeur").GetProperty("estimation").GetProperty("valeur").GetDouble();
        var fragilite = (await IndicateurAsync("epci", "243500139", "fragilite_socio_numerique")).GetProperty("valeur").GetProperty("estimation").GetProperty("valeur").GetDouble();
        var variables = await bretagne.App.AvecBaseAsync(db => db.ValeursVariables.CountAsync());
        await using var autre = new PortreaApplication(bretagne.App.Base, new Dictionary<string, string?>
        {
            ["Portrea:Indicateurs:Vulnerabilite:poids_fragilite"] = "0.5",
            ["Portrea:Indicateurs:Vulnerabilite:poids_exposition"] = "0",
        });
        using var client = autre.CreateClient();

        var json = await client.LireJsonAsync("/api/v1/territoires/epci/243500139/indicateurs");

        var estimation = json.GetProperty("indicateurs").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "vulnerabilite_e_administrative")
            .GetProperty("valeur").GetProperty("estimation").GetProperty("valeur").GetDouble();
        estimation.ShouldBe(0.5 * fragilite, 0.05);
        estimation.ShouldNotBe(defaut);
        (await autre.AvecBaseAsync(db => db.ValeursVariables.CountAsync())).ShouldBe(variables);
    }
}

[Collection(SurSqlite.Nom)]
public sealed class IndicateursBretagneSqliteTests(BretagneSqlite bretagne) : IndicateursBretagneTests(bretagne);

[Collection(SurPostgres.Nom)]
public sealed class IndicateursBretagnePostgresTests(BretagnePostgres bretagne) : IndicateursBretagneTests(bretagne);
