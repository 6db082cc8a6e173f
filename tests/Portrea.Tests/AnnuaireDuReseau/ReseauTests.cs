using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portrea.Tests.Infrastructure;
using static Portrea.Tests.Orientation.TerritoireDeTest;

namespace Portrea.Tests.AnnuaireDuReseau;

/// <summary>The network directory: who may read which EPCI, what contacts they see, filters, the grid and the exports.</summary>
public abstract class ReseauTests(ReseauFixture fixture)
{
    private const string Api = "/api/v1/reseau?epci=" + ReseauFixture.Epci;

    [Fact]
    public async Task Consulter_ReferentDeLEpci_VoitStructuresLieuxPermanencesEtContactsPrives()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        var json = await client.LireJsonAsync(Api);

        json.GetProperty("nom").GetString().ShouldBe("Communauté de test");
        json.GetProperty("nombreLieux").GetInt32().ShouldBe(3);
        json.GetProperty("contactsPrivesMasques").GetInt32().ShouldBe(0);
        Structures(json).ShouldBe(["Association Clic", "CAF des Côtes-d'Armor", "Mairie de Ville-Centre", "Structure non renseignée"]);
        Contacts(json).ShouldBe(["Accueil", "Jeanne Martin", "Paul Durand"], ignoreOrder: true);
        var caf = json.GetProperty("structures").EnumerateArray().Single(s => s.GetProperty("nom").GetString() == "CAF des Côtes-d'Armor");
        caf.GetProperty("lieux").GetArrayLength().ShouldBe(0);
        var permanence = caf.GetProperty("permanencesAilleurs").EnumerateArray().Single();
        permanence.GetProperty("lieuNom").GetString().ShouldBe("Médiathèque");
        permanence.GetProperty("service").GetProperty("horaires").GetString().ShouldBe("jeudi 14 h – 16 h 30");
        permanence.GetProperty("service").GetProperty("heuresParSemaine").GetDouble().ShouldBe(2.5);
        permanence.GetProperty("service").GetProperty("permanence").GetBoolean().ShouldBeTrue();
        var mediatheque = Lieux(json).Single(l => l.GetProperty("id").GetString() == "mediatheque");
        mediatheque.GetProperty("telephone").GetString().ShouldBe("02 96 00 00 10");
        mediatheque.GetProperty("horaires").GetString().ShouldBe("du lundi au vendredi 9 h – 12 h");
        var acces = mediatheque.GetProperty("services").EnumerateArray()
            .Single(s => s.GetProperty("nom").GetString() == "Accès libre aux ordinateurs");
        acces.GetProperty("horaires").GetString().ShouldBe("aux heures d'ouverture du lieu");
        acces.GetProperty("heuresDuLieu").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Consulter_ContributeurDUneAutreStructureDuTerritoire_NeVoitQueLesContactsPublicsEtLesSiens()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.Association, "contrib-clic"));

        var json = await client.LireJsonAsync(Api);

        Contacts(json).ShouldBe(["Accueil", "Paul Durand"], ignoreOrder: true);
        json.GetProperty("contactsPrivesMasques").GetInt32().ShouldBe(1);
        (await client.GetStringAsync("/reseau?epci=" + ReseauFixture.Epci)).ShouldNotContain("Jeanne Martin");
    }

    [Fact]
    public async Task Consulter_StructureQuiNeTientQuUnePermanence_VoitLeTerritoireSansLesContactsPrivesDuLieu()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.Caf, "contrib-caf"));

        var json = await client.LireJsonAsync("/api/v1/reseau");

        json.GetProperty("epci").GetString().ShouldBe(ReseauFixture.Epci);
        Contacts(json).ShouldBe(["Accueil"]);
    }

    [Fact]
    public async Task Consulter_ReferentDUnAutreEpci_Recoit403EtRienDuTerritoire()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.AutreEpci, "referent-ailleurs"));

        using var api = await client.GetAsync(Api);
        using var grille = await client.GetAsync("/api/v1/reseau/qui-fait-quoi?epci=" + ReseauFixture.Epci);
        using var export = await client.GetAsync("/api/v1/reseau/export?format=csv&epci=" + ReseauFixture.Epci);
        using var page = await client.GetAsync("/reseau?epci=" + ReseauFixture.Epci);
        var sien = await client.LireJsonAsync("/api/v1/reseau");

        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        grille.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        export.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Content.ReadAsStringAsync()).ShouldNotContain("Médiathèque");
        sien.GetProperty("epci").GetString().ShouldBe(ReseauFixture.AutreEpci);
        Contacts(sien).ShouldBe(["Secret Ailleurs"]);
    }

    [Fact]
    public async Task Consulter_SansTerritoireOuAnonyme_EstRefuse()
    {
        using var anonyme = fixture.App.ClientPour(null);
        using var sansRole = fixture.App.ClientPour(UtilisateurDeTest.SansRole("sans-territoire"));
        using var administrateur = fixture.App.ClientPour(UtilisateurDeTest.Administrateur("admin-reseau"));

        using var nonConnecte = await anonyme.GetAsync(Api);
        using var page = await anonyme.GetAsync("/reseau");
        using var aucun = await sansRole.GetAsync("/api/v1/reseau");
        using var inconnu = await administrateur.GetAsync("/api/v1/reseau?epci=999999999");
        using var aChoisir = await administrateur.GetAsync("/api/v1/reseau");

        nonConnecte.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/connexion");
        aucun.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await aucun.Content.ReadAsStringAsync()).ShouldContain("rattaché à aucun territoire");
        inconnu.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        aChoisir.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await aChoisir.Content.ReadAsStringAsync()).ShouldContain("Précisez l'EPCI");
        (await sansRole.GetStringAsync("/reseau")).ShouldContain("rattaché à aucun territoire");
    }

    [Theory]
    [InlineData("&commune=" + Nord, new[] { "espace-clic" })]
    [InlineData("&commune=Bourg-Nord", new[] { "espace-clic" })]
    [InlineData("&besoin=acces_materiel_informatique", new[] { "mediatheque" })]
    [InlineData("&besoin=etre_informe_oriente", new[] { "point-info" })]
    [InlineData("&q=clic", new[] { "espace-clic" })]
    [InlineData("&q=CONSEILLERE numerique", new[] { "mediatheque" })]
    [InlineData("&q=introuvable", new string[0])]
    public async Task Consulter_Filtre_GardeLesLieuxAttendus(string filtre, string[] attendus)
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        var json = await client.LireJsonAsync(Api + filtre);

        Lieux(json).Select(l => l.GetProperty("id").GetString()).ShouldBe(attendus, ignoreOrder: true);
    }

    [Fact]
    public async Task Consulter_FiltreStructureEtBesoin_GardeLeLieuHoteEtSesSeulsServicesDuBesoin()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        var parStructure = await client.LireJsonAsync($"{Api}&structure={fixture.Caf}");
        var parBesoin = await client.LireJsonAsync(Api + "&besoin=acces_materiel_informatique");

        Lieux(parStructure).Select(l => l.GetProperty("id").GetString()).ShouldBe(["mediatheque"]);
        Structures(parStructure).ShouldBe(["CAF des Côtes-d'Armor", "Mairie de Ville-Centre"]);
        Lieux(parBesoin).Single().GetProperty("services").EnumerateArray().Select(s => s.GetProperty("nom").GetString()).ShouldBe(["Accès libre aux ordinateurs"]);
    }

    [Fact]
    public async Task Consulter_ContactPriveCherche_ParUnContributeurQuiNeLeVoitPas_NeTrouveRien()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.Association, "contrib-clic"));

        var json = await client.LireJsonAsync(Api + "&q=jeanne");

        json.GetProperty("nombreLieux").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("&besoin=inconnu", "Besoin inconnu")]
    [InlineData("&commune=" + ReseauFixture.CommuneAilleurs, "n'appartient pas à Communauté de test")]
    [InlineData("&structure=abc", "Structure inconnue")]
    public async Task Consulter_FiltreInvalide_Renvoie400EnFrancais(string filtre, string motif)
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        using var reponse = await client.GetAsync(Api + filtre);

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain(motif);
    }

    [Fact]
    public async Task QuiFaitQuoi_TerritoireDeTest_CompteLieuxStructuresEtHeuresParCommuneEtBesoin()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.Mairie, "contrib-mairie"));

        var json = await client.LireJsonAsync("/api/v1/reseau/qui-fait-quoi?epci=" + ReseauFixture.Epci);

        json.GetProperty("communes").EnumerateArray().Select(c => c.GetProperty("nom").GetString()).ShouldBe(["Bourg-Nord", "Saint-Éloigné", "Ville-Centre"]);
        Cellule(json, Centre, "etre_aidee").ShouldBe((1, 2, 5.5, 0, 0));
        Cellule(json, Centre, "acces_materiel_informatique").ShouldBe((1, 1, 15, 0, 1));
        Cellule(json, Centre, "etre_informe_oriente").ShouldBe((1, 0, 3, 0, 0));
        Cellule(json, Nord, "etre_aidee").ShouldBe((1, 1, 4, 0, 0));
        Cellule(json, Nord, "developper_culture_numerique").ShouldBe((1, 1, 0, 1, 0));
        Cellule(json, Lointaine, "etre_aidee").ShouldBe((0, 0, 0, 0, 0));
        Cellule(json, null, "etre_aidee").ShouldBe((2, 3, 9.5, 0, 0));
    }

    [Fact]
    public async Task QuiFaitQuoi_Page_LieChaqueCaseALaListeFiltree()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/reseau/qui-fait-quoi?epci=" + ReseauFixture.Epci));
        var liste = WebUtility.HtmlDecode(await client.GetStringAsync($"/reseau?epci={ReseauFixture.Epci}&commune={Centre}&besoin=etre_aidee"));

        html.ShouldContain($"<a href=\"/reseau?epci={ReseauFixture.Epci}&commune={Centre}&besoin=etre_aidee\">1 lieu, 2 structures");
        html.ShouldContain("5,5 h par semaine");
        html.ShouldContain("1 service sans horaires");
        html.ShouldContain("<th scope=\"row\">Ensemble de l'EPCI</th>");
        liste.ShouldContain("Médiathèque");
        liste.ShouldNotContain("Espace Clic");
        liste.ShouldContain("permanence de CAF des Côtes-d'Armor");
        liste.ShouldContain("href=\"/reseau\" aria-current=\"page\"");
    }

    [Fact]
    public async Task Exporter_CsvParLeReferent_UneLigneParServiceAvecContactsEtNomFrancais()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(ReseauFixture.Epci));

        using var reponse = await client.GetAsync($"/api/v1/reseau/export?epci={ReseauFixture.Epci}&format=csv");
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        reponse.Content.Headers.ContentDisposition!.FileNameStar!.ShouldMatch(@"^annuaire-reseau-epci-200099001-communaute-de-test-\d{4}-\d{2}-\d{2}\.csv$");
        octets[..3].ShouldBe(Encoding.UTF8.GetPreamble());
        lignes[0].ShouldStartWith("Structure;Lieu;Identifiant du lieu;");
        lignes.Length.ShouldBe(1 + 6);
        lignes.ShouldContain(l => l.Contains("Permanence CAF;Accompagnement individuel;CAF des Côtes-d'Armor;oui;jeudi 14 h – 16 h 30;2,5;", StringComparison.Ordinal));
        lignes.Single(l => l.Contains("Ateliers numériques", StringComparison.Ordinal)).ShouldContain(";non renseignées;Paul Durand, Animateur, 0296000002 (privé)");
        lignes.ShouldNotContain(l => l.Contains("Brouillon", StringComparison.Ordinal) || l.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exporter_XlsxFiltre_TroisFeuillesAvecContactsEtGrille()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur("admin-reseau"));

        using var reponse = await client.GetAsync($"/api/v1/reseau/export?epci={ReseauFixture.Epci}&commune={Centre}");
        using var flux = new MemoryStream(await reponse.Content.ReadAsByteArrayAsync());
        using var classeur = SpreadsheetDocument.Open(flux, false);
        var feuilles = classeur.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        string[][] Lire(string nom) => [.. ((WorksheetPart)classeur.WorkbookPart.GetPartById(feuilles.Single(f => f.Name == nom).Id!)).Worksheet
            .Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];

        reponse.Content.Headers.ContentDisposition!.FileNameStar!.ShouldEndWith(".xlsx");
        feuilles.Select(f => f.Name!.Value).ShouldBe(["Annuaire", "Contacts", "Qui fait quoi"]);
        Lire("Annuaire").Skip(1).Select(l => l[2]).Distinct().ShouldBe(["mediatheque", "point-info"], ignoreOrder: true);
        Lire("Contacts").Skip(1).Select(l => (l[3], l[7])).ShouldBe([("Accueil", "public"), ("Jeanne Martin", "privé")]);
        var grille = Lire("Qui fait quoi");
        grille.Length.ShouldBe(1 + 3 + 1);
        grille[^1][1].ShouldBe("Ensemble de l'EPCI");
    }

    [Fact]
    public async Task Exporter_ContributeurDuTerritoire_Recoit403()
    {
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.Mairie, "contrib-mairie"));

        using var reponse = await client.GetAsync($"/api/v1/reseau/export?epci={ReseauFixture.Epci}&format=xlsx");
        var page = await client.GetStringAsync("/reseau");

        reponse.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.ShouldNotContain("/api/v1/reseau/export");
    }

    private static IEnumerable<JsonElement> Lieux(JsonElement json) =>
        json.GetProperty("structures").EnumerateArray().SelectMany(s => s.GetProperty("lieux").EnumerateArray());

    private static List<string?> Structures(JsonElement json) =>
        [.. json.GetProperty("structures").EnumerateArray().Select(s => s.GetProperty("nom").GetString())];

    private static List<string?> Contacts(JsonElement json) =>
        [.. Lieux(json).SelectMany(l => l.GetProperty("contacts").EnumerateArray()).Select(c => c.GetProperty("nom").GetString())];

    private static (int Lieux, int Structures, double Heures, int SansHeures, int HeuresDuLieu) Cellule(JsonElement json, string? commune, string besoin)
    {
        var cellules = commune is null
            ? json.GetProperty("ensemble")
            : json.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == commune).GetProperty("besoins");
        var c = cellules.EnumerateArray().Single(x => x.GetProperty("besoin").GetString() == besoin);
        return (c.GetProperty("lieux").GetInt32(), c.GetProperty("structures").GetInt32(), c.GetProperty("heuresParSemaine").GetDouble(),
            c.GetProperty("servicesSansHeures").GetInt32(), c.GetProperty("servicesHeuresDuLieu").GetInt32());
    }
}

public sealed class ReseauSqliteTests(ReseauSqlite fixture) : ReseauTests(fixture), IClassFixture<ReseauSqlite>;

public sealed class ReseauPostgresTests(ReseauPostgres fixture) : ReseauTests(fixture), IClassFixture<ReseauPostgres>;
