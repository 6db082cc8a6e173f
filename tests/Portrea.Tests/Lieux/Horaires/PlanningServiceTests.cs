using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class PlanningServiceTests
{
    private static readonly PlageHoraire Journee = PlageHoraire.De("09:00", "17:00");
    private static readonly PlageHoraire Dejeuner = PlageHoraire.De("12:00", "13:30");

    [Fact]
    public void ToOsm_ChaqueSemaineAvecPause_GroupeLesJoursIdentiques()
    {
        var planning = new PlanningService(
        [
            new JourPlanning(DayOfWeek.Monday, FrequencePlanning.ChaqueSemaine, Journee, Dejeuner),
            new JourPlanning(DayOfWeek.Tuesday, FrequencePlanning.ChaqueSemaine, Journee, Dejeuner),
            new JourPlanning(DayOfWeek.Wednesday, FrequencePlanning.ChaqueSemaine, Journee, Dejeuner),
            new JourPlanning(DayOfWeek.Saturday, FrequencePlanning.ChaqueSemaine, PlageHoraire.De("09:00", "12:00")),
        ]);

        planning.ToOsm().Texte.ShouldBe("Mo-We 09:00-12:00,13:30-17:00; Sa 09:00-12:00");
        planning.HeuresMoyennesParSemaine().ShouldBe(3 * 6.5 + 3);
    }

    [Theory]
    [InlineData(FrequencePlanning.ChaqueSemaine, "Tu 14:00-17:00", 3.0)]
    [InlineData(FrequencePlanning.SemainesImpaires, "week 01-53/2 Tu 14:00-17:00", 1.5)]
    [InlineData(FrequencePlanning.SemainesPaires, "week 02-52/2 Tu 14:00-17:00", 1.5)]
    [InlineData(FrequencePlanning.PremierDuMois, "Tu[1] 14:00-17:00", 3.0 * 12 / 52)]
    [InlineData(FrequencePlanning.DernierDuMois, "Tu[-1] 14:00-17:00", 3.0 * 12 / 52)]
    public void ToOsm_Frequence_DonneLaRegleEtLesHeuresMoyennes(FrequencePlanning frequence, string osm, double heures)
    {
        var planning = new PlanningService([new JourPlanning(DayOfWeek.Tuesday, frequence, PlageHoraire.De("14:00", "17:00"))]);

        var horaires = planning.ToOsm();

        horaires.Texte.ShouldBe(osm);
        planning.HeuresMoyennesParSemaine()!.Value.ShouldBe(heures, 1e-9);
        PlanningService.FromOsm(horaires).ShouldBe(planning, new ComparaisonPlanning());
    }

    [Fact]
    public void ToOsm_SurRendezVous_DonneUnEtatInconnuCommente()
    {
        var planning = new PlanningService([new JourPlanning(DayOfWeek.Thursday, FrequencePlanning.SurRendezVous)]);

        var horaires = planning.ToOsm();

        horaires.Texte.ShouldBe("Th unknown \"sur rendez-vous\"");
        horaires.EnFrancais().ShouldBe("jeudi sur rendez-vous");
        planning.HeuresMoyennesParSemaine().ShouldBeNull();
        PlanningService.FromOsm(horaires).ShouldBe(planning, new ComparaisonPlanning());
    }

    [Fact]
    public void FromOsm_PlanningMixte_RetrouveChaqueJour()
    {
        var planning = new PlanningService(
        [
            new JourPlanning(DayOfWeek.Monday, FrequencePlanning.ChaqueSemaine, Journee, Dejeuner),
            new JourPlanning(DayOfWeek.Tuesday, FrequencePlanning.SemainesImpaires, PlageHoraire.De("09:00", "12:00")),
            new JourPlanning(DayOfWeek.Tuesday, FrequencePlanning.SemainesPaires, PlageHoraire.De("14:00", "17:00")),
            new JourPlanning(DayOfWeek.Wednesday, FrequencePlanning.PremierDuMois, PlageHoraire.De("10:00", "12:00")),
            new JourPlanning(DayOfWeek.Friday, FrequencePlanning.DernierDuMois, Journee, Dejeuner),
            new JourPlanning(DayOfWeek.Saturday, FrequencePlanning.SurRendezVous),
        ]);

        var horaires = planning.ToOsm();

        horaires.Texte.ShouldBe("Mo 09:00-12:00,13:30-17:00; week 01-53/2 Tu 09:00-12:00; week 02-52/2 Tu 14:00-17:00; We[1] 10:00-12:00; Fr[-1] 09:00-12:00,13:30-17:00; Sa unknown \"sur rendez-vous\"");
        PlanningService.FromOsm(horaires).ShouldBe(planning, new ComparaisonPlanning());
        planning.HeuresMoyennesParSemaine()!.Value.ShouldBe(6.5 + 1.5 + 1.5 + (2 * 12.0 / 52) + (6.5 * 12.0 / 52), 1e-9);

        // 13 January 2026 is the Tuesday of ISO week 3 (odd), 20 January that of week 4 (even).
        horaires.EstOuvert(new DateTime(2026, 1, 13, 10, 0, 0, DateTimeKind.Unspecified)).ShouldBeTrue();
        horaires.EstOuvert(new DateTime(2026, 1, 13, 15, 0, 0, DateTimeKind.Unspecified)).ShouldBeFalse();
        horaires.EstOuvert(new DateTime(2026, 1, 20, 10, 0, 0, DateTimeKind.Unspecified)).ShouldBeFalse();
        horaires.EstOuvert(new DateTime(2026, 1, 20, 15, 0, 0, DateTimeKind.Unspecified)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Jan-Mar Mo 09:00-12:00", "ne correspond pas à un planning de service PorTReA")]
    [InlineData("week 01-10 Mo 09:00-12:00", "les semaines doivent être « week 01-53/2 » ou « week 02-52/2 »")]
    [InlineData("Mo[2] 09:00-12:00", "seuls le premier (« [1] ») et le dernier (« [-1] ») jour du mois sont possibles")]
    [InlineData("Mo 08:00-10:00,11:00-12:00,14:00-16:00", "plus de deux plages le même jour")]
    [InlineData("PH 09:00-12:00", "seuls le premier")]
    public void TryFromOsm_HorairesHorsPlanning_DonneUneErreurEnFrancais(string texte, string erreurAttendue)
    {
        PlanningService.TryFromOsm(HorairesOsm.Analyser(texte), out var planning, out var erreur).ShouldBeFalse();

        planning.ShouldBeNull();
        erreur.ShouldNotBeNull();
        erreur.ShouldContain(erreurAttendue);
    }

    [Fact]
    public void JourPlanning_PauseHorsDesHoraires_EstRefusee()
    {
        Should.Throw<ArgumentException>(() => new JourPlanning(DayOfWeek.Monday, FrequencePlanning.ChaqueSemaine, PlageHoraire.De("09:00", "12:00"), PlageHoraire.De("12:00", "13:00")))
            .Message.ShouldContain("doit être comprise dans les horaires");
        Should.Throw<ArgumentException>(() => new JourPlanning(DayOfWeek.Monday, FrequencePlanning.ChaqueSemaine));
        Should.Throw<ArgumentException>(() => new JourPlanning(DayOfWeek.Monday, FrequencePlanning.SurRendezVous, Journee));
    }

    [Fact]
    public void ToOsm_PlanningVide_DonneFerme()
    {
        new PlanningService([]).ToOsm().Texte.ShouldBe("off");
        new PlanningService([]).HeuresMoyennesParSemaine().ShouldBeNull();
    }

    private sealed class ComparaisonPlanning : IEqualityComparer<PlanningService>
    {
        public bool Equals(PlanningService? x, PlanningService? y) =>
            x is not null && y is not null && Ordonnes(x).SequenceEqual(Ordonnes(y));

        public int GetHashCode(PlanningService obj) => obj.Jours.Count;

        private static IEnumerable<JourPlanning> Ordonnes(PlanningService p) => p.Jours.OrderBy(j => j.Jour).ThenBy(j => j.Frequence);
    }
}
