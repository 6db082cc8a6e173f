using System.Text;
using Portrea.Core.Demarche;

namespace Portrea.Tests.Demarche;

public sealed class RegleDemarcheTests
{
    private static readonly ReferentielDemarche Referentiel = ReferentielDemarche.Integre();

    [Theory]
    [InlineData(null, "contact")]
    [InlineData("contact", "engagement")]
    [InlineData("engagement", "deploiement")]
    [InlineData("deploiement", "consolidation")]
    [InlineData("consolidation", "exploitation")]
    public void Motif_UnePhaseEnAvant_EstPossible(string? de, string vers) =>
        ReglesTransitions.Motif(PhaseDemarcheTexte.Lire(de), PhaseDemarcheTexte.Lire(vers)!.Value, null).ShouldBeNull();

    [Theory]
    [InlineData(null, "engagement")]
    [InlineData("contact", "deploiement")]
    [InlineData("engagement", "exploitation")]
    [InlineData("deploiement", "deploiement")]
    [InlineData("exploitation", "contact")]
    [InlineData("consolidation", "engagement")]
    public void Motif_SautOuSurPlace_EstImpossibleMemeAvecCommentaire(string? de, string vers) =>
        ReglesTransitions.Motif(PhaseDemarcheTexte.Lire(de), PhaseDemarcheTexte.Lire(vers)!.Value, "parce que").ShouldNotBeNull();

    [Fact]
    public void Motif_RetourALaPhasePrecedente_DemandeUnCommentaire()
    {
        ReglesTransitions.Motif(PhaseDemarche.Deploiement, PhaseDemarche.Engagement, " ").ShouldNotBeNull().ShouldContain("commentaire");
        ReglesTransitions.Motif(PhaseDemarche.Deploiement, PhaseDemarche.Engagement, "Journée reportée").ShouldBeNull();
    }

    [Theory]
    [InlineData(PhaseDemarche.Engagement, 28, false)]
    [InlineData(PhaseDemarche.Engagement, 29, true)]
    [InlineData(PhaseDemarche.Deploiement, 35, false)]
    [InlineData(PhaseDemarche.Deploiement, 36, true)]
    [InlineData(PhaseDemarche.Consolidation, 36, true)]
    [InlineData(PhaseDemarche.Contact, 400, false)]
    [InlineData(PhaseDemarche.Exploitation, 400, false)]
    public void Calculer_DureeDansLaPhase_EnRetardAuDelaDeLaDureeObserveeMaximale(PhaseDemarche phase, int jours, bool enRetard)
    {
        var depuis = new DateOnly(2026, 3, 1);

        var etat = DetecterRetard.Calculer(Referentiel, phase, depuis, depuis.AddDays(jours))!;

        etat.JoursEcoules.ShouldBe(jours);
        etat.EnRetard.ShouldBe(enRetard);
    }

    [Fact]
    public void Recommander_ReseauConstitueEtGouvernance_RecommandeReseauEnExpliquant()
    {
        var recommandation = RecommanderStrategie.Recommander(Referentiel, new Dictionary<string, int> { ["gouvernance"] = 1, ["reseau"] = 2, ["orientations"] = 0, ["outillage"] = 0 });

        recommandation.Strategie.Code.ShouldBe("reseau");
        recommandation.Explication.ShouldContain("réseau d'acteurs : établi");
        recommandation.NonEvalues.ShouldBeEmpty();
    }

    [Fact]
    public void Recommander_OutillageMaitrise_RecommandeOutil()
    {
        var recommandation = RecommanderStrategie.Recommander(Referentiel, new Dictionary<string, int> { ["gouvernance"] = 0, ["reseau"] = 0, ["orientations"] = 1, ["outillage"] = 2 });

        recommandation.Strategie.Code.ShouldBe("outil");
    }

    [Fact]
    public void Recommander_FacteursFaiblesOuNonEvalues_RecommandeGeneralisteEtLeDit()
    {
        var recommandation = RecommanderStrategie.Recommander(Referentiel, new Dictionary<string, int> { ["reseau"] = 1 });

        recommandation.Strategie.Code.ShouldBe("generaliste");
        recommandation.Explication.ShouldContain("aucune stratégie spécialisée");
        recommandation.Explication.ShouldContain("non évalués");
        recommandation.NonEvalues.Count.ShouldBe(3);
    }

    [Fact]
    public void Integre_DureesEtCharges_VenantDesDocuments()
    {
        Referentiel.Phase(PhaseDemarche.Engagement).DureeSemaines.ShouldBe(new Fourchette(2, 4));
        Referentiel.Phase(PhaseDemarche.Deploiement).DureeSemaines.ShouldBe(new Fourchette(3, 5));
        Referentiel.Phase(PhaseDemarche.Consolidation).DureeSemaines.ShouldBe(new Fourchette(1, 5));
        Referentiel.Strategie("reseau")!.ChargeReferentJours.ShouldBe(new Fourchette(9, 14));
        Referentiel.Strategie("outil")!.ChargeChargeDeploiementJours.ShouldBe(new Fourchette(4, 7));
    }

    [Fact]
    public void Lire_ReferentielSupportInconnu_EchoueEnFrancais()
    {
        using var flux = typeof(ReferentielDemarche).Assembly.GetManifestResourceStream("referentiel-demarche.json")!;
        var texte = new StreamReader(flux).ReadToEnd().Replace("\"modele-portrait\"]", "\"modele-inexistant\"]", StringComparison.Ordinal);

        var erreur = Should.Throw<FormatException>(() => ReferentielDemarche.Lire(new MemoryStream(Encoding.UTF8.GetBytes(texte))));

        erreur.Message.ShouldContain("support inconnu « modele-inexistant »");
    }

    [Fact]
    public void Lire_SequenceAvecAnimateurInconnu_EchoueEnFrancais()
    {
        using var flux = typeof(ReferentielDemarche).Assembly.GetManifestResourceStream("referentiel-demarche.json")!;
        var texte = new StreamReader(flux).ReadToEnd().Replace("\"animateur\": \"second\"", "\"animateur\": \"troisieme\"", StringComparison.Ordinal);

        var erreur = Should.Throw<FormatException>(() => ReferentielDemarche.Lire(new MemoryStream(Encoding.UTF8.GetBytes(texte))));

        erreur.Message.ShouldContain("animateur inconnu « troisieme »");
    }

    [Theory]
    [InlineData("9 h 30 – 16 h 30", 9, 30)]
    [InlineData("de 9h à 17h", 9, 0)]
    [InlineData("08:45-12:00", 8, 45)]
    public void Debut_HorairesEnTexteLibre_PremiereHeure(string horaires, int heure, int minute) =>
        ComposerDeroule.Debut(horaires).ShouldBe(new TimeOnly(heure, minute));

    [Theory]
    [InlineData(null)]
    [InlineData("toute la journée")]
    [InlineData("27 h")]
    public void Debut_HorairesIllisibles_Null(string? horaires) => ComposerDeroule.Debut(horaires).ShouldBeNull();
}
