using Portrea.Core.Lieux;
using Portrea.Core.Portraits;

namespace Portrea.Tests.Portraits;

public sealed class CalculerPortraitTests
{
    private const double Precision = 1e-6;
    private static readonly OptionsPortraits Defaut = new();

    private static ResultatPortrait Calculer(ScenarioPortrait? scenario = null, OptionsPortraits? options = null, double? personnesB = 500) =>
        CalculerPortrait.Calculer(TerritoireSynthetique.Donnees(personnesB), options ?? Defaut, scenario);

    [Fact]
    public void Haversine_DixiemeDeDegreSurUnMeridien_Donne11Virgule12Km()
    {
        Distances.Haversine(48.05, 0, 48.15, 0).ShouldBe(6371 * Math.PI / 1800, 1e-9);
        Distances.Haversine(48.00, 0, 48.05, 0).ShouldBe(5.559747, 1e-6);
    }

    [Fact]
    public void Calculer_TerritoireSynthetique_SommeLesPersonnesARisque()
    {
        var resultat = Calculer();

        resultat.PersonnesARisque.ShouldBe(3500);
        resultat.CommunesAvecDonnees.ShouldBe(3);
        resultat.CommunesTotal.ShouldBe(3);
        resultat.ContientEstimations.ShouldBeTrue();
        resultat.DistanceKm.ShouldBe(10);
    }

    [Fact]
    public void Calculer_AideAuxDemarches_DonneHeuresRatiosEtPortee()
    {
        var aide = Calculer().Bilan(CategorieBesoin.EtreAideDemarches);

        aide.Lieux.ShouldBe(1);
        aide.Services.ShouldBe(1);
        aide.HeuresParSemaine.ShouldBe(7, Precision); // 3 + 3 + 2 × ½
        aide.ServicesHorairesDuLieu.ShouldBe(0);
        aide.HeuresPour1000!.Value.ShouldBe(2.0, Precision); // 7 / 3 500 × 1 000
        aide.PersonnesParLieu!.Value.ShouldBe(3500, Precision);
        aide.PersonnesAPortee!.Value.ShouldBe(1500, Precision); // A (0 km) + B (5,56 km); C is 16,68 km away
        aide.PartAPortee!.Value.ShouldBe(1500.0 / 3500, Precision);
        aide.DemiJournees.ShouldBe(
            [new(DayOfWeek.Monday, true), new(DayOfWeek.Tuesday, false), new(DayOfWeek.Thursday, true)], ignoreOrder: true);
    }

    [Fact]
    public void Calculer_ServiceSansHoraires_PrendLesHorairesDuLieuEtLeSignale()
    {
        var information = Calculer().Bilan(CategorieBesoin.EtreInformeOriente);

        information.HeuresParSemaine.ShouldBe(15, Precision);
        information.ServicesHorairesDuLieu.ShouldBe(1);
        information.HeuresPour1000!.Value.ShouldBe(15 / 3.5, Precision);
        information.PersonnesAPortee!.Value.ShouldBe(2000, Precision); // only C: B is 11,12 km away
        information.PartAPortee!.Value.ShouldBe(2000.0 / 3500, Precision);
        information.DemiJournees.Count.ShouldBe(5);
        information.DemiJournees.ShouldAllBe(d => d.Matin && d.Jour != DayOfWeek.Saturday);
    }

    [Fact]
    public void Calculer_BesoinSansLieu_DonneZeroHeureEtPersonnesParLieuNonDisponible()
    {
        var materiel = Calculer().Bilan(CategorieBesoin.AccederMaterielReseau);

        materiel.Lieux.ShouldBe(0);
        materiel.HeuresParSemaine.ShouldBe(0);
        materiel.HeuresPour1000.ShouldBe(0);
        materiel.PersonnesParLieu.ShouldBeNull();
        materiel.PartAPortee.ShouldBe(0);
    }

    [Fact]
    public void Calculer_DistanceDouzeKm_AtteintBbourgDepuisCplouy()
    {
        var information = Calculer(options: new OptionsPortraits { DistanceKm = 12 }).Bilan(CategorieBesoin.EtreInformeOriente);

        information.PersonnesAPortee!.Value.ShouldBe(2500, Precision);
    }

    [Fact]
    public void Calculer_CommuneSansDonnees_LExclutDesRatiosSansLaCompterZero()
    {
        var resultat = Calculer(personnesB: null);
        var aide = resultat.Bilan(CategorieBesoin.EtreAideDemarches);

        resultat.PersonnesARisque.ShouldBe(3000);
        resultat.CommunesAvecDonnees.ShouldBe(2);
        aide.HeuresPour1000!.Value.ShouldBe(7 / 3.0, Precision);
        aide.PartAPortee!.Value.ShouldBe(1.0 / 3, Precision);
        resultat.Prioritaires.ShouldNotContain(p => p.Commune.Code == "00002");
    }

    [Fact]
    public void Calculer_AucuneDonnee_LaisseLesRatiosNonDisponibles()
    {
        var donnees = TerritoireSynthetique.Donnees();
        donnees = donnees with { Communes = [.. donnees.Communes.Select(c => c with { PersonnesARisque = null })] };

        var resultat = CalculerPortrait.Calculer(donnees, Defaut);

        resultat.PersonnesARisque.ShouldBeNull();
        resultat.Besoins.ShouldAllBe(b => b.HeuresPour1000 == null && b.PersonnesAPortee == null && b.PartAPortee == null);
        resultat.Prioritaires.ShouldBeEmpty();
    }

    [Fact]
    public void Calculer_PoidsEgaux_ClasseLesCommunesParBesoinNonCouvert()
    {
        var prioritaires = Calculer().Prioritaires;

        prioritaires.Select(p => p.Commune.Code).ShouldBe(["00003", "00001", "00002"]);
        prioritaires.Select(p => p.BesoinNonCouvert).ShouldBe([1600, 800, 400]); // people at risk × 4 needs out of 5 lacking help
        prioritaires[0].BesoinsSansAide.ShouldNotContain(CategorieBesoin.EtreInformeOriente);
        prioritaires[0].Pourquoi.ShouldContain("aucune aide à moins de 10 km");
        prioritaires[0].Pourquoi.ShouldContain("16,7 km (Espace A)");
        prioritaires[0].Pourquoi.ShouldContain("(estimation)");
    }

    [Fact]
    public void Calculer_PoidsDesBesoinsConfigures_PondereLeBesoinNonCouvert()
    {
        var options = new OptionsPortraits { PoidsBesoins = new(StringComparer.OrdinalIgnoreCase) { ["etre_informe_oriente"] = 0 } };

        var prioritaires = Calculer(options: options).Prioritaires;

        prioritaires.Select(p => (p.Commune.Code, p.BesoinNonCouvert)).ShouldBe([("00003", 2000.0), ("00001", 750.0), ("00002", 375.0)]);
    }

    [Fact]
    public void Choisir_AideAuxDemarches_ProposeCplouySeule()
    {
        var sites = Calculer().SitesPour(CategorieBesoin.EtreAideDemarches);

        sites.PersonnesNonAtteintes.ShouldBe(2000);
        sites.Communes.Select(s => s.Commune.Code).ShouldBe(["00003"]);
        sites.Communes[0].PersonnesGagnees.ShouldBe(2000);
        sites.Communes[0].PartAPorteeApres!.Value.ShouldBe(1, Precision);
    }

    [Fact]
    public void Choisir_BesoinSansAucuneAide_ChoisitGloutonnementCplouyPuisAville()
    {
        var sites = Calculer().SitesPour(CategorieBesoin.AccederMaterielReseau);

        // C alone brings 2 000; then A and B each bring A + B = 1 500: the tie goes to the lower code.
        sites.Communes.Select(s => (s.Commune.Code, s.PersonnesGagnees)).ShouldBe([("00003", 2000.0), ("00001", 1500.0)]);
        sites.Communes[0].PartAPorteeApres!.Value.ShouldBe(2000.0 / 3500, Precision);
        sites.Communes[1].CommunesAtteintes.ShouldBe(["Aville", "Bbourg"]);
    }

    [Fact]
    public void Choisir_UnSeulSite_SArreteApresLePremier()
    {
        var sites = Calculer(options: new OptionsPortraits { NombreSites = 1 }).SitesPour(CategorieBesoin.AccederMaterielReseau);

        sites.Communes.Select(s => s.Commune.Code).ShouldBe(["00003"]);
    }

    [Fact]
    public void Calculer_AjoutPermanenceHorsPortee_AjouteDesHeuresSansChangerLaPortee()
    {
        var scenario = new ScenarioPortrait([new AjoutPermanence("00002", CategorieBesoin.EtreAideDemarches, 4)], []);

        var aide = Calculer(scenario).Bilan(CategorieBesoin.EtreAideDemarches);

        aide.Lieux.ShouldBe(2);
        aide.HeuresParSemaine.ShouldBe(11, Precision);
        aide.HeuresPour1000!.Value.ShouldBe(11 / 3.5, Precision);
        aide.PersonnesParLieu!.Value.ShouldBe(1750, Precision);
        aide.PartAPortee!.Value.ShouldBe(1500.0 / 3500, Precision);
    }

    [Fact]
    public void Calculer_AjoutPermanenceACplouy_AtteintToutLeMondeEtReclasseLesPriorites()
    {
        var scenario = new ScenarioPortrait([new AjoutPermanence("00003", CategorieBesoin.EtreAideDemarches, 3)], []);

        var resultat = Calculer(scenario);
        var aide = resultat.Bilan(CategorieBesoin.EtreAideDemarches);

        aide.HeuresPour1000!.Value.ShouldBe(10 / 3.5, Precision);
        aide.PartAPortee!.Value.ShouldBe(1, Precision);
        resultat.Prioritaires.Select(p => (p.Commune.Code, p.BesoinNonCouvert)).ShouldBe([("00003", 1200.0), ("00001", 800.0), ("00002", 400.0)]);
        resultat.SitesPour(CategorieBesoin.EtreAideDemarches).Communes.ShouldBeEmpty();
        resultat.Lieux.ShouldContain(l => l.Simule && l.CommuneCode == "00003");
    }

    [Fact]
    public void Calculer_RetraitDeLAideDeP1_LaisseLeBesoinSansAide()
    {
        var scenario = new ScenarioPortrait([], [new RetraitPermanence(TerritoireSynthetique.IdP1, CategorieBesoin.EtreAideDemarches)]);

        var resultat = Calculer(scenario);
        var aide = resultat.Bilan(CategorieBesoin.EtreAideDemarches);

        aide.Lieux.ShouldBe(0);
        aide.HeuresParSemaine.ShouldBe(0);
        aide.PersonnesParLieu.ShouldBeNull();
        aide.PartAPortee.ShouldBe(0);
        resultat.Prioritaires.Select(p => (p.Commune.Code, p.BesoinNonCouvert)).ShouldBe([("00003", 1600.0), ("00001", 1000.0), ("00002", 500.0)]);
        resultat.Bilan(CategorieBesoin.EtreInformeOriente).HeuresParSemaine.ShouldBe(15, Precision);
    }

    [Theory]
    [InlineData("35238:etre_aidee:4", "", true)]
    [InlineData("35238:etre_aidee:2,5", "12:etre_informe_oriente", true)]
    [InlineData("35238:aide:4", "", false)]
    [InlineData("35238:etre_aidee:0", "", false)]
    [InlineData("", "x:etre_aidee", false)]
    public void TryLire_ScenarioDeLUrl_LitOuRefuseEnFrancais(string ajout, string retrait, bool lisible)
    {
        var ok = ScenarioPortrait.TryLire([ajout], [retrait], out var scenario, out var erreur);

        ok.ShouldBe(lisible);
        if (lisible)
        {
            scenario.Ajouts.Count.ShouldBe(1);
            erreur.ShouldBeNull();
        }
        else
        {
            erreur.ShouldNotBeNull().ShouldContain("illisible");
        }
    }
}
