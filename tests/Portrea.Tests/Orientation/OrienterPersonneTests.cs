using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Orientation;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Lieux;
using static Portrea.Tests.Orientation.TerritoireDeTest;

namespace Portrea.Tests.Orientation;

/// <summary>Ranking on a hand-made territory, on both engines: expected orders are written out.</summary>
public sealed class OrienterPersonneTests
{
    /// <summary>Monday 7 December 2026, 10:00 in Paris.</summary>
    private static readonly HorlogeFixe Lundi = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(1)));

    private static readonly PointDeDepart DepuisLeCentre = new(LatitudeCentre, LongitudeCentre, "Ville-Centre (22901)", Centre);

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_LieuCompletPlusLoin_PasseDevantUnLieuProcheQuiManqueUnCritere(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("proche-mercredi", 1, "We 09:00-12:00"), Lieu("loin-mardi", 8, "Tu 09:00-12:00"), Lieu("moyen-mardi", 4, "Tu 09:00-12:00"));

        var resultat = await OrienterAsync(app, Demande(disponibilites: [new Disponibilite(DayOfWeek.Tuesday, DemiJournee.Matin)]));

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["moyen-mardi", "loin-mardi", "proche-mercredi"]);
        resultat.ToutCorrespond.ShouldBeTrue();
        resultat.Lieux[0].Raisons.ShouldContain("Ouvert le mardi matin");
        resultat.Lieux[0].Raisons.ShouldContain("À 4,0 km");
        resultat.Lieux[2].Manques.ShouldBe(["Fermé à vos disponibilités (mardi matin)"]);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_LieuxAussiAdaptes_LePlusProcheDAbordEtHorsRayonExclu(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("a-12km", 12), Lieu("b-3km", 3), Lieu("c-40km", 40), Lieu("d-autre-besoin", 1, besoin: CategorieBesoin.DevelopperCultureNumerique, serviceNational: "Compréhension du monde numérique"));

        var resultat = await OrienterAsync(app, Demande(rayonKm: 30));

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["b-3km", "a-12km"]);
        resultat.Lieux[1].Raisons.ShouldContain("À 12 km");
        resultat.Lieux[0].Raisons.ShouldContain("Propose : être aidé·e dans ses démarches");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_PermanenceDuMardiMatin_LitLePlanningDuServicePlutotQueLesHorairesDuLieu(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var permanence = Lieu("mairie", 2, "Mo-Fr 08:30-12:00,13:30-17:30");
        permanence.Services[0].Creneaux = [Creneau(DayOfWeek.Tuesday, "09:00", "12:00")];
        var quinzaine = Lieu("quinzaine", 5, horaires: null);
        quinzaine.Services[0].Creneaux = [Creneau(DayOfWeek.Thursday, "14:00", "17:00", FrequencePlanning.SemainesImpaires)];
        await AjouterAsync(app, permanence, quinzaine);

        var mardi = await OrienterAsync(app, Demande(disponibilites: [new Disponibilite(DayOfWeek.Tuesday, DemiJournee.Matin)]));
        var jeudi = await OrienterAsync(app, Demande(disponibilites: [new Disponibilite(DayOfWeek.Thursday, DemiJournee.ApresMidi)]));

        mardi.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["mairie", "quinzaine"]);
        mardi.Lieux[0].Raisons.ShouldContain("Ouvert le mardi matin");
        jeudi.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["quinzaine", "mairie"]);
        jeudi.Lieux[0].Raisons.ShouldContain("Ouvert le jeudi après-midi (semaines impaires)");
        jeudi.Lieux[1].Manques.ShouldContain("Fermé à vos disponibilités (jeudi après-midi)");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_PersonneSourdeEtAgee_LieuAdapteEnTeteEtRaisonsDites(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var adapte = Lieu("adapte", 9);
        adapte.PriseEnChargeSpecifique = "Surdité|Déficience visuelle";
        adapte.PublicsSpecifiquementAdresses = "Seniors";
        await AjouterAsync(app, Lieu("proche", 1), adapte);

        var resultat = await OrienterAsync(app, Demande(situations: [Situation.Sourd, Situation.Senior]));

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["adapte", "proche"]);
        resultat.Lieux[0].Raisons.ShouldContain("Accueil adapté aux personnes sourdes ou malentendantes");
        resultat.Lieux[0].Raisons.ShouldContain("Accueil adapté aux seniors");
        resultat.Lieux[1].Manques.ShouldBe(["Accueil adapté aux personnes sourdes ou malentendantes : non signalé"]);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_NePeutPasPayer_LieuPayantReleguéAvecLeMotif(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var payant = Lieu("payant", 1);
        payant.FraisACharge = "Payant";
        var inconnu = Lieu("tarif-inconnu", 2);
        inconnu.FraisACharge = "";
        await AjouterAsync(app, payant, inconnu, Lieu("gratuit", 6));

        var resultat = await OrienterAsync(app, Demande(peutPayer: false));
        var peuImporte = await OrienterAsync(app, Demande());

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["gratuit", "tarif-inconnu", "payant"]);
        resultat.Lieux[0].Raisons.ShouldContain("Gratuit");
        resultat.Lieux[1].NonRenseignes.ShouldBe(["Tarif non renseigné"]);
        resultat.Lieux[2].Manques.ShouldBe(["Payant"]);
        peuImporte.Lieux[0].Lieu.Identifiant.ShouldBe("payant");
        peuImporte.Lieux[0].Manques.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_AucunLieuNeRepondATout_LeDitEtDonneLesPlusProchesAvecCeQuiManque(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var atelier = Lieu("atelier", 2, "Sa 09:00-12:00");
        atelier.ModalitesAccompagnement = "Dans un atelier collectif";
        atelier.Services[0].Format = FormatService.Atelier;
        await AjouterAsync(app, atelier, Lieu("semaine", 5, "Mo-Fr 14:00-17:00"));

        var resultat = await OrienterAsync(app, Demande(
            disponibilites: [new Disponibilite(DayOfWeek.Saturday, DemiJournee.Matin)], situations: [Situation.Accompagnement, Situation.Malvoyant]));

        resultat.ToutCorrespond.ShouldBeFalse();
        resultat.Bilan.ShouldBe("Aucun lieu ne répond à tous vos critères. Voici les options les plus proches, avec ce qui leur manque.");
        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["atelier", "semaine"]);
        resultat.Lieux[0].Manques.ShouldBe(["Accueil adapté aux personnes aveugles ou malvoyantes : non signalé", "Pas d'accompagnement individuel signalé (dans un atelier collectif)"]);
        resultat.Lieux[1].Manques.Count.ShouldBe(2);
        resultat.Lieux[1].Manques.ShouldContain("Fermé à vos disponibilités (samedi matin)");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_HorairesAbsentsOuSurRendezVous_NonRenseignesJamaisOuvertsNiFermes(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("sans-horaires", 1, horaires: null), Lieu("rdv", 2, "Mo-Fr unknown \"sur rendez-vous\""), Lieu("ouvert", 7));

        var resultat = await OrienterAsync(app, Demande(disponibilites: [new Disponibilite(DayOfWeek.Monday, DemiJournee.Matin)]));

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["ouvert", "sans-horaires", "rdv"]);
        resultat.Lieux[1].NonRenseignes.ShouldBe(["Horaires non renseignés"]);
        resultat.Lieux[1].Manques.ShouldBeEmpty();
        resultat.Lieux[1].HorairesEnFrancais.ShouldBe("horaires non renseignés");
        resultat.Lieux[1].Correspondance.ShouldBe(Correspondance.ARenseigner);
        resultat.Lieux[2].NonRenseignes.ShouldBe(["Ouverture à vos disponibilités à confirmer (sur rendez-vous le lundi)"]);
        resultat.Lieux[0].ProchaineOuverture.ShouldBe("Ouvert maintenant, jusqu'à 12 h");
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_ServicePrecisCaf_PointCafEnTeteEtPiecesAApporter(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        var caf = Lieu("point-caf", 6, serviceNational: null);
        caf.DispositifProgrammesNationaux = "Point d'accès numérique CAF";
        await AjouterAsync(app, Lieu("generaliste", 3), caf, Lieu("sans-service-national", 1, serviceNational: null));

        var resultat = await OrienterAsync(app, Demande(service: CatalogueServicesPrecis.Defaut.Trouver("espace-caf")));

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["generaliste", "point-caf", "sans-service-national"]);
        resultat.Lieux[1].Raisons.ShouldContain("Propose : accompagnement des démarches CAF (Point d'accès numérique CAF)");
        resultat.Lieux[0].Raisons.ShouldContain("Propose : aide aux démarches administratives");
        resultat.Lieux[2].Manques.ShouldBe(["Ne signale pas le service précis « Créer ou utiliser mon espace CAF »"]);
        resultat.Lieux[0].AApporter.ShouldContain("Le numéro d'allocataire CAF, s'il existe");
        resultat.Lieux[0].Acces.ShouldBe(["Sans rendez-vous : se présenter aux heures d'ouverture", "Prendre rendez-vous par téléphone : 02 96 00 00 00"]);
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Orienter_LieuSansCoordonnees_PlaceAuCentreDeSaCommuneEtLeDit(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = await CreerAsync(baseDeTest);
        await AjouterAsync(app, Lieu("bourg", km: null, communeCode: Nord), Lieu("loin", km: null, communeCode: Lointaine));

        var resultat = await OrienterAsync(app, Demande());

        resultat.Lieux.Select(l => l.Lieu.Identifiant).ShouldBe(["bourg"]);
        resultat.Lieux[0].DistanceApprochee.ShouldBeTrue();
        resultat.Lieux[0].DistanceKm.ShouldBe(5, tolerance: 0.1);
        resultat.Lieux[0].Raisons.ShouldContain("À environ 5,0 km (position du lieu non renseignée : centre de sa commune)");
    }

    private static DemandeOrientation Demande(
        IReadOnlyList<Disponibilite>? disponibilites = null, IReadOnlyList<Situation>? situations = null, bool? peutPayer = null,
        double rayonKm = 30, ServicePrecis? service = null) => new()
        {
            Besoin = CategorieBesoin.EtreAideDemarches,
            Service = service,
            Depart = DepuisLeCentre,
            Disponibilites = disponibilites ?? [],
            Situations = (situations ?? []).ToHashSet(),
            PeutPayer = peutPayer,
            RayonKm = rayonKm,
        };

    private static Task<ResultatOrientation> OrienterAsync(PortreaApplication app, DemandeOrientation demande) =>
        app.AvecBaseAsync(db => OrienterPersonne.ExecuterAsync(db, demande, Lundi, default));
}
