using System.Net;
using System.Text.RegularExpressions;
using Portrea.Core.Lieux;
using Portrea.Core.Orientation;
using Portrea.Tests.Infrastructure;
using Portrea.Web.Features.Orientation;
using static Portrea.Tests.Orientation.TerritoireDeTest;

namespace Portrea.Tests.Orientation;

/// <summary>The guided form, its results and the orientation sheet, on a hand-made territory.</summary>
public sealed partial class OrientationPagesTests
{
    [Fact]
    public async Task Orienter_SansRequete_AfficheLeFormulaireEnSixEtapesSansResultat()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/orienter"));

        html.ShouldContain("<form method=\"get\" action=\"/orienter\"");
        Legendes().Matches(html).Select(m => m.Groups[1].Value).ShouldBe(["1.", "2.", "3.", "4.", "5.", "6."]);
        html.ShouldContain("value=\"mardi-apresmidi\"");
        html.ShouldContain("value=\"sourd\"");
        html.ShouldNotContain("lieux proposés");
    }

    [Fact]
    public async Task Orienter_FormulaireEnvoye_AfficheLesLieuxClassesAvecRaisonsManquesEtFiche()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("proche-ferme", 1, "We 09:00-12:00"), Lieu("loin-ouvert", 7, "Tu 09:00-12:00"));
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(
            "/orienter?besoin=etre_aidee&service=declarer-revenus&commune=Ville-Centre&disponibilites=mardi-matin&payant=non"));

        html.IndexOf("Lieu loin-ouvert", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Lieu proche-ferme", StringComparison.Ordinal));
        html.ShouldContain("2 lieux proposés — Être aidé·e dans ses démarches : Déclarer mes revenus, autour de Ville-Centre (22901)");
        html.ShouldContain("Ouvert le mardi matin");
        html.ShouldContain("Fermé à vos disponibilités (mardi matin)");
        html.ShouldContain("Répond à tous vos critères");
        html.ShouldContain("href=\"/orienter/fiche/loin-ouvert?besoin=etre_aidee&service=declarer-revenus&commune=Ville-Centre&disponibilites=mardi-matin&payant=non\"");
        html.ShouldContain("value=\"mardi-matin\" checked=\"checked\"");
    }

    [Fact]
    public async Task Orienter_CommuneInconnue_AfficheLeMotifEtLeFormulaireOuvert()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/orienter?besoin=etre_aidee&commune=Atlantide"));

        html.ShouldContain("Commune inconnue : « Atlantide »");
        html.ShouldContain("<details class=\"formulaire-orientation\" open=\"open\">");
    }

    [Fact]
    public async Task Fiche_LieuPropose_DonneAdresseHorairesAccesPiecesSmsEtCourriel()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        var lieu = Lieu("mairie", 4, "Mo-Fr 09:00-12:00,14:00-17:00");
        lieu.PriseRdv = "https://rdv.example.fr/mairie";
        await AjouterAsync(app, lieu);
        using var client = app.CreateClient();

        using var reponse = await client.GetAsync("/orienter/fiche/mairie?service=declarer-revenus&commune=22901");
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<h1 id=\"titre-fiche\">Lieu mairie</h1>");
        html.ShouldContain("Fiche d'orientation — pour : Déclarer mes revenus");
        html.ShouldContain("du lundi au vendredi 9 h – 12 h, 14 h – 17 h");
        html.ShouldContain("À 4,0 km de Ville-Centre (22901)");
        html.ShouldContain("Rendez-vous en ligne : https://rdv.example.fr/mairie");
        html.ShouldContain("Prendre rendez-vous par téléphone : 02 96 00 00 00");
        html.ShouldContain("Le dernier avis d'imposition");
        html.ShouldContain("href=\"mailto:?subject=Orientation%20%3A%20Lieu%20mairie&body=");
        html.ShouldContain("media=\"print\"");
        var sms = Sms().Match(html).Groups[1].Value;
        sms.ShouldStartWith("Lieu mairie, 1 rue de la Mairie, 22900 Ville-Centre. Tél. 02 96 00 00 00. Horaires : du lundi au vendredi");
        sms.Length.ShouldBeLessThanOrEqualTo(TexteOrientation.LongueurSms);
    }

    [Fact]
    public async Task Fiche_LieuInconnu_Renvoie404()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = await CreerAsync(baseDeTest);
        using var client = app.CreateClient();

        using var reponse = await client.GetAsync("/orienter/fiche/inconnu?besoin=etre_aidee&commune=22901");

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Sms_LieuAuxLongsHorairesEtNomsLongs_TientEn320CaracteresEtGardeLeTelephone()
    {
        var lieu = Lieu("long", 1, "Mo 08:30-12:00,13:30-17:30; Tu 09:00-12:00,14:00-18:00; We 08:00-12:30; Th 13:00-19:00; Fr 09:00-11:00,14:00-16:00; Sa 10:00-12:00");
        lieu.Nom = "Espace France Services et médiathèque intercommunale de la Communauté de communes du Pays de Test";
        lieu.Adresse = "Zone d'activités de la Grande Prairie, bâtiment C, 12 boulevard du Général de Gaulle";
        var demande = new DemandeOrientation
        {
            Besoin = CategorieBesoin.EtreAideDemarches,
            Service = CatalogueServicesPrecis.Defaut.Trouver("declarer-revenus"),
            Depart = new PointDeDepart(LatitudeCentre, LongitudeCentre, "Ville-Centre", Centre),
        };
        var propose = EvaluerLieu.Evaluer(lieu, demande, 1, false, new DateTime(2026, 12, 7, 10, 0, 0));

        var sms = TexteOrientation.Sms(propose);

        sms.Length.ShouldBeLessThanOrEqualTo(TexteOrientation.LongueurSms);
        sms.ShouldContain("Tél. 02 96 00 00 00");
        sms.ShouldContain("Horaires : ");
    }

    [GeneratedRegex(@"<legend>(\d\.) ")]
    private static partial Regex Legendes();

    [GeneratedRegex(@"<textarea id=""texte-sms""[^>]*>([^<]*)</textarea>")]
    private static partial Regex Sms();
}
