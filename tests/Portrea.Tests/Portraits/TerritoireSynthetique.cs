using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Portraits;

namespace Portrea.Tests.Portraits;

/// <summary>
/// Three communes on the Greenwich meridian, so that distances are exact multiples of 111,195 km per degree:
/// A (48,00) — 5,56 km — B (48,05) — 11,12 km — C (48,15); A to C is 16,68 km. People at risk: A 1 000, B 500, C 2 000.
/// Place P1 in A helps with procedures (Mo 9–12, Tu 14–17 weekly, Th 9–11 every other week: 7 h a week); place P2
/// in C informs and orients with no schedule of its own, so its opening hours count (Mo–Fr 9–12: 15 h, flagged).
/// </summary>
internal static class TerritoireSynthetique
{
    public const int IdP1 = 1;
    public const int IdP2 = 2;

    public static DonneesPortrait Donnees(double? personnesB = 500) => new(
        [
            new CommunePortrait("00001", "Aville", 48.00, 0, 1500, 1000, false),
            new CommunePortrait("00002", "Bbourg", 48.05, 0, 900, personnesB, false),
            new CommunePortrait("00003", "Cplouy", 48.15, 0, 3200, 2000, true),
        ],
        [
            new OffreLieu(IdP1, "Espace A", "00001", 48.00, 0, true, [CouvertureHebdomadaire.Offre(ServiceDemarches(), horairesLieu: "Mo-Sa 08:00-19:00")]),
            new OffreLieu(IdP2, "Mairie C", "00003", 48.15, 0, true, [CouvertureHebdomadaire.Offre(
                new ServiceLieu { Nom = "Accueil et orientation", Categorie = CategorieBesoin.EtreInformeOriente }, horairesLieu: "Mo-Fr 09:00-12:00")]),
        ]);

    private static ServiceLieu ServiceDemarches() => new()
    {
        Nom = "Aide aux démarches",
        Categorie = CategorieBesoin.EtreAideDemarches,
        Creneaux =
        [
            new CreneauService { Jour = DayOfWeek.Monday, Frequence = FrequencePlanning.ChaqueSemaine, OuvertureMinutes = 9 * 60, FermetureMinutes = 12 * 60 },
            new CreneauService { Jour = DayOfWeek.Tuesday, Frequence = FrequencePlanning.ChaqueSemaine, OuvertureMinutes = 14 * 60, FermetureMinutes = 17 * 60 },
            new CreneauService { Jour = DayOfWeek.Thursday, Frequence = FrequencePlanning.SemainesImpaires, OuvertureMinutes = 9 * 60, FermetureMinutes = 11 * 60 },
        ],
    };
}
