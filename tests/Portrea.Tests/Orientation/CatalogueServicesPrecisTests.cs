using System.Text;
using Portrea.Core.Lieux;
using Portrea.Core.Orientation;

namespace Portrea.Tests.Orientation;

public sealed class CatalogueServicesPrecisTests
{
    [Fact]
    public void Charger_CatalogueLivre_CouvreLesCinqBesoinsAvecDesPiecesAApporter()
    {
        var catalogue = CatalogueServicesPrecis.Defaut;

        catalogue.Services.Select(s => s.Besoin).Distinct().Order().ShouldBe(CategorieBesoinTexte.Toutes);
        catalogue.Services.ShouldAllBe(s => s.AApporter.Count > 0 && s.Libelle.Length > 0);
        catalogue.Trouver("declarer-revenus")!.Besoin.ShouldBe(CategorieBesoin.EtreAideDemarches);
        catalogue.Trouver("inconnu").ShouldBeNull();
    }

    [Fact]
    public void Lire_ServiceHorsDuStandard_EchoueEnNommantLaValeur()
    {
        const string json = """
            {"services":[{"code":"x","libelle":"X","besoin":"etre_aidee","propose":"x","servicesNationaux":["Cuisine en ligne"],"aApporter":["Rien"]}]}
            """;

        var erreur = Should.Throw<FormatException>(() => CatalogueServicesPrecis.Lire(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        erreur.Message.ShouldContain("« Cuisine en ligne »");
    }

    [Theory]
    [InlineData("mardi-matin", DayOfWeek.Tuesday, DemiJournee.Matin)]
    [InlineData("Samedi-après-midi", DayOfWeek.Saturday, DemiJournee.ApresMidi)]
    [InlineData("lundi-apresmidi", DayOfWeek.Monday, DemiJournee.ApresMidi)]
    public void LireDisponibilite_TexteDuFormulaire_DonneLeJourEtLaDemiJournee(string texte, DayOfWeek jour, DemiJournee demi)
    {
        Disponibilite.TryParse(texte, out var disponibilite).ShouldBeTrue();

        disponibilite.ShouldBe(new Disponibilite(jour, demi));
    }

    [Theory]
    [InlineData("mardi")]
    [InlineData("tuesday-matin")]
    [InlineData("mardi-soir")]
    public void LireDisponibilite_TexteInconnu_EstRefuse(string texte) =>
        Disponibilite.TryParse(texte, out _).ShouldBeFalse();
}
