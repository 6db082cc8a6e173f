using Portrea.Core.Ressources;

namespace Portrea.Tests.Ressources;

public sealed class CalculsRessourcesTests
{
    [Fact]
    public void Jours_LundisAvecExceptionEtLundiDePaques_SautentCesJours()
    {
        // Easter Monday 2027 is 29 March; 12 April is a declared exception.
        var jours = OccurrencesRecurrence.Jours(DayOfWeek.Monday, new DateOnly(2027, 3, 17), new DateOnly(2027, 4, 20), new HashSet<DateOnly> { new(2027, 4, 12) });

        jours.ShouldBe([new DateOnly(2027, 3, 22), new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 19)]);
    }

    [Fact]
    public void Exceptions_EcritesPuisRelues_SontLesMemesDatesTrieesSansDoublon()
    {
        var texte = OccurrencesRecurrence.EcrireExceptions([new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 4), new DateOnly(2027, 2, 1)]);

        texte.ShouldBe("2027-01-04|2027-02-01");
        OccurrencesRecurrence.LireExceptions(texte).ShouldBe([new DateOnly(2027, 1, 4), new DateOnly(2027, 2, 1)], ignoreOrder: true);
    }

    [Fact]
    public void Usage_DemiJourneesMelees_CompteChaqueDemiJourneeUneFois()
    {
        var lundi = new DateOnly(2027, 1, 11);
        var usage = DemiJournees.Calculer(
        [
            (1, "Salle A", lundi, 9 * 60, 12 * 60, true),
            // Same room, same morning: still one half-day, booked.
            (1, "salle a", lundi, 10 * 60, 11 * 60, false),
            // A whole day: two half-days, free.
            (1, "Salle B", lundi, 9 * 60, 17 * 60, false),
            (2, "Salle A", lundi.AddDays(1), 14 * 60, 17 * 60, true),
        ]);

        usage.Disponibles.ShouldBe(4);
        usage.Reservees.ShouldBe(2);
        usage.Taux.ShouldBe(0.5);
    }

    [Fact]
    public void Usage_AucunCreneau_TauxNonDisponiblePlutotQueZero()
    {
        DemiJournees.Calculer([]).Taux.ShouldBeNull();
    }

    [Fact]
    public void Diagnostic_NeufLieuxAvecReponsesManquantes_CompteOuiSurNeufEtNonRenseigneAPart()
    {
        var lieux = Enumerable.Range(1, 9).Select(i => new DiagnostiquerSocle.LieuDiagnostique(i, $"esc-{i}", $"ESC {i}")).ToList();
        var wifi1 = new ElementSocle { Id = 10, Version = 1, Code = "wifi-public-aux-normes", Libelle = "Wifi public aux normes", Axe = AxeReseau.AccesLibre };
        var caf1 = new ElementSocle { Id = 11, Version = 1, Code = "terminaux-caf", Libelle = "Terminaux CAF en libre-service", Axe = AxeReseau.AccesLibre };
        var wifi2 = new ElementSocle { Id = 20, Version = 2, Code = "wifi-public-aux-normes", Libelle = "Wifi public aux normes", Axe = AxeReseau.AccesLibre };
        var ateliers2 = new ElementSocle { Id = 21, Version = 2, Code = "ateliers", Libelle = "Ateliers d'usages", Axe = AxeReseau.AccompagnementUsages };
        List<ReponseSocle> reponses =
        [
            new() { ElementSocleId = 10, LieuId = 1, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 10, LieuId = 2, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 10, LieuId = 3, Etat = EtatSocle.Non },
            new() { ElementSocleId = 10, LieuId = 4, Etat = EtatSocle.NeFonctionnePas },
            new() { ElementSocleId = 11, LieuId = 1, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 20, LieuId = 1, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 20, LieuId = 2, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 20, LieuId = 5, Etat = EtatSocle.Oui },
            new() { ElementSocleId = 20, LieuId = 6, Etat = EtatSocle.Oui },
            // An answer of a place that left the network is not counted.
            new() { ElementSocleId = 20, LieuId = 99, Etat = EtatSocle.Oui },
        ];

        var v1 = DiagnostiquerSocle.Calculer(1, lieux, [wifi1, caf1, wifi2, ateliers2], reponses);
        var v2 = DiagnostiquerSocle.Calculer(2, lieux, [wifi1, caf1, wifi2, ateliers2], reponses);

        var wifi = v1.Lignes.Single(l => l.Element.Id == 10);
        wifi.Resume.ShouldBe("Wifi public aux normes : 2 lieux sur 9");
        (wifi.Oui, wifi.Non, wifi.NeFonctionnePas, wifi.NonRenseigne).ShouldBe((2, 1, 1, 5));
        v1.Reponse(5, 10).ShouldBeNull();
        v1.Reponse(4, 10).ShouldBe(EtatSocle.NeFonctionnePas);
        v1.Lignes.Single(l => l.Element.Id == 11).Resume.ShouldBe("Terminaux CAF en libre-service : 1 lieu sur 9");
        v2.Lignes.Select(l => l.Element.Id).ShouldBe([20, 21]);
        v2.Lignes.Single(l => l.Element.Id == 21).NonRenseigne.ShouldBe(9);
        v2.Evolutions.Single(e => e.Code == "wifi-public-aux-normes").OuiParVersion.ShouldBe([2, 4]);
        v2.Evolutions.Single(e => e.Code == "terminaux-caf").OuiParVersion.ShouldBe([1, null]);
        v2.Evolutions.Single(e => e.Code == "ateliers").OuiParVersion.ShouldBe([null, 0]);
    }

    [Fact]
    public void Synthese_ContributionsDeDeuxPartenaires_TotauxParAxeEtPartsSepareesEtpEtEuros()
    {
        List<ContributionBudget> contributions =
        [
            new() { StructureId = 1, Annee = 2026, Axe = AxeReseau.DemarchesAccompagnees, Nature = NatureContribution.Temps, Valeur = 1.5m },
            new() { StructureId = 1, Annee = 2026, Axe = AxeReseau.AccesLibre, Nature = NatureContribution.Equipement, Valeur = 3000m },
            new() { StructureId = 2, Annee = 2026, Axe = AxeReseau.DemarchesAccompagnees, Nature = NatureContribution.Temps, Valeur = 0.5m },
            new() { StructureId = 2, Annee = 2026, Axe = AxeReseau.AccompagnementUsages, Nature = NatureContribution.Locaux, Valeur = 1000m },
            new() { StructureId = 2, Annee = 2025, Axe = AxeReseau.AccesLibre, Nature = NatureContribution.Financement, Valeur = 99999m },
        ];

        var synthese = SyntheseBudget.Calculer(2026, new Dictionary<int, string> { [1] = "CCAS", [2] = "Centre social", [3] = "Sans contribution" }, contributions);

        synthese.Total.ShouldBe(new SyntheseBudget.Montants(2m, 4000m));
        synthese.TotalParAxe[AxeReseau.DemarchesAccompagnees].ShouldBe(new SyntheseBudget.Montants(2m, 0m));
        synthese.TotalParNature[NatureContribution.Locaux].ShouldBe(1000m);
        var ccas = synthese.Partenaires.Single(p => p.StructureId == 1);
        ccas.PartEtp.ShouldBe(0.75);
        ccas.PartEuros.ShouldBe(0.75);
        synthese.Partenaires.Single(p => p.StructureId == 3).PartEuros.ShouldBe(0);
        synthese.Partenaires[0].Nom.ShouldBe("CCAS");
    }

    [Fact]
    public void Synthese_AucuneContribution_PartsNonDisponibles()
    {
        var synthese = SyntheseBudget.Calculer(2026, new Dictionary<int, string> { [1] = "CCAS" }, []);

        synthese.Partenaires.Single().PartEtp.ShouldBeNull();
    }

    [Fact]
    public void NomFichier_Reseau_NomFrancaisSansAccentsNiEspaces()
    {
        ExporterBudgetXlsx.NomFichier("Espaces sociaux communs de Rennes", 2026).ShouldBe("budget-commun-espaces-sociaux-communs-de-rennes-2026.xlsx");
    }
}
