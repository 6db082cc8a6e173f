using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Orientation;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Lieux;
using static Portrea.Tests.Orientation.TerritoireDeTest;

namespace Portrea.Tests.Orientation;

/// <summary>Nothing about a referral is stored unless the professional records it, and then only the anonymous fields.</summary>
public sealed partial class OrientationEnregistreeTests
{
    private const string Requete = "?besoin=etre_aidee&service=espace-caf&commune=22901&disponibilites=mardi-matin&situation=sourd,senior&payant=non";

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_ResultatsFicheEtApi_NEnregistrentRien(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("mairie", 2));
        using var client = app.CreateClient();

        (await client.GetAsync("/orienter" + Requete)).EnsureSuccessStatusCode();
        (await client.GetAsync("/orienter/fiche/mairie" + Requete)).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/orientation" + Requete)).EnsureSuccessStatusCode();

        (await app.AvecBaseAsync(db => db.OrientationsEnregistrees.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Enregistrer_DepuisLaFiche_GardeLesCinqChampsAnonymesEtCompteDansLesStatistiques(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var socle = await CreerAsync(baseDeTest);
        await AjouterAsync(socle, Lieu("mairie", 2));
        await using var app = socle.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new HorlogeFixe(new DateTimeOffset(2026, 12, 9, 0, 30, 0, TimeSpan.FromHours(1))))));
        await socle.CreerAsync("mediatrice@example.org");
        using var client = app.CreateClient();
        await client.ConnecterAsync("mediatrice@example.org");

        var apres = await EnregistrerAsync(client, "/orienter/fiche/mairie" + Requete);
        await EnregistrerAsync(client, "/orienter/fiche/mairie?besoin=etre_aidee&lat=48.5&lon=-2.76");
        var lignes = await socle.AvecBaseAsync(db => db.OrientationsEnregistrees.OrderBy(o => o.Id).ToListAsync());
        var statistiques = WebUtility.HtmlDecode(await client.GetStringAsync("/orienter/statistiques"));

        apres.ShouldContain("Orientation enregistrée, de façon anonyme");
        lignes.Count.ShouldBe(2);
        lignes[0].ShouldBeEquivalentTo(new OrientationEnregistree
        {
            Id = lignes[0].Id,
            Jour = new DateOnly(2026, 12, 9),
            Besoin = "etre_aidee",
            ServicePrecis = "espace-caf",
            CommuneCode = Centre,
            LieuIdentifiant = "mairie",
            Reponse = ReponseOrientation.Partielle,
        });
        lignes[1].CommuneCode.ShouldBeNull();
        statistiques.ShouldContain("2 orientations enregistrées.");
        Cellule("Être aidé·e dans ses démarches").Match(statistiques).Groups[1].Value.ShouldBe("2");
        Cellule("Ville-Centre (22901)").Match(statistiques).Groups[1].Value.ShouldBe("1");
        Cellule(StatistiquesOrientation.CommuneNonRenseignee).Match(statistiques).Groups[1].Value.ShouldBe("1");
        Cellule("Communauté de test").Match(statistiques).Groups[1].Value.ShouldBe("1");
        Cellule("décembre 2026").Match(statistiques).Groups[1].Value.ShouldBe("2");
        statistiques.ShouldContain("<svg class=\"graphique-barres\"");
    }

    [Fact]
    public async Task Enregistrer_Anonyme_RenvoieALaConnexionEtNeStockeRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("mairie", 2));
        using var client = app.ClientPour(null);

        var fiche = WebUtility.HtmlDecode(await client.GetStringAsync("/orienter/fiche/mairie" + Requete));
        var jeton = await client.JetonAntiforgeryAsync("/connexion");
        using var reponse = await client.PostAsync(
            "/orienter/fiche/mairie" + Requete + "&handler=Enregistrer",
            new FormUrlEncodedContent([new("__RequestVerificationToken", jeton)]));

        fiche.ShouldNotContain("Enregistrer cette orientation (anonyme)");
        fiche.ShouldContain("se connecter pour l'enregistrer");
        reponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        reponse.Headers.Location!.ToString().ShouldStartWith("/connexion?ReturnUrl=%2Forienter%2Ffiche%2Fmairie%3Fbesoin%3Detre_aidee");
        (await app.AvecBaseAsync(db => db.OrientationsEnregistrees.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Enregistrer_LieuPartielPuisBesoinSansAucunLieu_CompteDeuxManquesParBesoinEtCommune(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("ferme-mercredi", 1, "Mo-Tu 09:00-12:00"));
        using var client = app.ClientPour(UtilisateurDeTest.SansRole("mediateur"));

        await EnregistrerAsync(client, "/orienter/fiche/ferme-mercredi?besoin=etre_aidee&commune=22901&disponibilites=mercredi-matin");
        await EnregistrerAsync(client, "/orienter?besoin=depanner_reparer_materiel&commune=22902");
        var lignes = await app.AvecBaseAsync(db => db.OrientationsEnregistrees.OrderBy(o => o.Id).ToListAsync());
        var statistiques = await app.AvecBaseAsync(db => StatistiquesOrientation.CalculerAsync(db, Epci, default));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/orienter/statistiques"));

        lignes.Select(l => (l.LieuIdentifiant, l.Reponse)).ShouldBe([("ferme-mercredi", ReponseOrientation.Partielle), (null, ReponseOrientation.AucunLieu)]);
        statistiques.ManquesParBesoin.Single(m => m.Code == "etre_aidee").ShouldBe(new StatistiquesOrientation.Manque("etre_aidee", "Être aidé·e dans ses démarches", 1, 1, 0, 0));
        statistiques.ManquesParBesoin.Single(m => m.Code == "depanner_reparer_materiel").ShouldBe(new StatistiquesOrientation.Manque("depanner_reparer_materiel", "Dépanner, réparer du matériel", 1, 1, 1, 0));
        statistiques.ManquesParCommune.Select(m => (m.Libelle, m.SansLieuAdapte, m.SansAucunLieu)).ShouldBe([("Bourg-Nord (22902)", 1, 1), ("Ville-Centre (22901)", 1, 0)]);
        html.ShouldContain("Besoins sans aide adaptée, par commune de la personne");
        new Regex(@"<th scope=""row"">Dépanner, réparer du matériel</th>\s*<td class=""nombre"">1</td>\s*<td class=""nombre"">1</td>\s*<td class=""nombre"">1</td>\s*<td class=""nombre"">0</td>").IsMatch(html).ShouldBeTrue();
    }

    [Fact]
    public async Task Statistiques_OrientationsSansReponseConnue_NeComptentPasCommeManque()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        await app.AvecBaseAsync(async db =>
        {
            db.OrientationsEnregistrees.AddRange(
                new OrientationEnregistree { Jour = new DateOnly(2026, 10, 3), Besoin = "etre_aidee", CommuneCode = Nord, LieuIdentifiant = "a" },
                new OrientationEnregistree { Jour = new DateOnly(2026, 10, 3), Besoin = "etre_aidee", CommuneCode = Nord, LieuIdentifiant = "a", Reponse = ReponseOrientation.Complete },
                new OrientationEnregistree { Jour = new DateOnly(2026, 10, 4), Besoin = "etre_aidee", CommuneCode = Nord, LieuIdentifiant = "a", Reponse = ReponseOrientation.ARenseigner });
            return await db.SaveChangesAsync();
        });

        var statistiques = await app.AvecBaseAsync(db => StatistiquesOrientation.CalculerAsync(db, null, default));

        statistiques.ReponsesInconnues.ShouldBe(1);
        statistiques.ManquesParBesoin.Single(m => m.Code == "etre_aidee").ShouldBe(new StatistiquesOrientation.Manque("etre_aidee", "Être aidé·e dans ses démarches", 2, 0, 0, 1));
        statistiques.ManquesParCommune.ShouldBeEmpty();
    }

    [Fact]
    public async Task Enregistrer_SansJetonAntiforgery_EstRefuseEtNeStockeRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("mairie", 2));
        using var client = app.CreateClient();

        using var reponse = await client.PostAsync("/orienter/fiche/mairie" + Requete + "&handler=Enregistrer", new FormUrlEncodedContent([]));

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.AvecBaseAsync(db => db.OrientationsEnregistrees.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Statistiques_MoisSansOrientation_CompteZeroEntreDeuxMois()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        await app.AvecBaseAsync(async db =>
        {
            db.OrientationsEnregistrees.AddRange(
                new OrientationEnregistree { Jour = new DateOnly(2026, 10, 3), Besoin = "acces_materiel_informatique", CommuneCode = Nord, LieuIdentifiant = "a" },
                new OrientationEnregistree { Jour = new DateOnly(2026, 12, 1), Besoin = "etre_aidee", CommuneCode = "99999", LieuIdentifiant = "b" });
            return await db.SaveChangesAsync();
        });

        var statistiques = await app.AvecBaseAsync(db => StatistiquesOrientation.CalculerAsync(db, null, default));
        var duTerritoire = await app.AvecBaseAsync(db => StatistiquesOrientation.CalculerAsync(db, Epci, default));

        statistiques.ParMois.Select(m => (m.Libelle, m.Nombre)).ShouldBe([("octobre 2026", 1), ("novembre 2026", 0), ("décembre 2026", 1)]);
        statistiques.ParCommune.Select(c => c.Libelle).ShouldBe(["Bourg-Nord (22902)", "Commune 99999 (absente des territoires chargés)"]);
        statistiques.ParEpci.Select(e => (e.Libelle, e.Nombre)).ShouldBe([("Communauté de test", 1), (StatistiquesOrientation.EpciNonRenseigne, 1)]);
        duTerritoire.Total.ShouldBe(1);
        duTerritoire.ParBesoin.Single(b => b.Code == "acces_materiel_informatique").Nombre.ShouldBe(1);
    }

    private static async Task<string> EnregistrerAsync(HttpClient client, string fiche)
    {
        var html = await client.GetStringAsync(fiche);
        var formulaire = Formulaire().Match(html);
        formulaire.Success.ShouldBeTrue("formulaire d'enregistrement absent");
        using var reponse = await client.PostAsync(
            WebUtility.HtmlDecode(formulaire.Groups[1].Value),
            new FormUrlEncodedContent([new("__RequestVerificationToken", formulaire.Groups[2].Value)]));
        if (reponse.StatusCode == HttpStatusCode.Redirect)
        {
            return WebUtility.HtmlDecode(await client.GetStringAsync(reponse.Headers.Location));
        }

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
    }

    private static Regex Cellule(string libelle) =>
        new($"<th scope=\"row\">{Regex.Escape(libelle)}</th><td class=\"nombre\">([^<]*)</td>");

    [GeneratedRegex(@"<form method=""post"" action=""([^""]+)"">.*?name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""", RegexOptions.Singleline)]
    private static partial Regex Formulaire();
}
