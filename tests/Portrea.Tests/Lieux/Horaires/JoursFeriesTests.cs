using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class JoursFeriesTests
{
    // Easter Sundays from the published tables (earliest possible date 22 March, latest 25 April).
    [Theory]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void Paques_Annee_DonneLeDimancheDePaques(int annee, string paques)
    {
        JoursFeries.Paques(annee).ShouldBe(Jour(paques));
    }

    [Theory]
    [InlineData(2024, "2024-01-01 2024-04-01 2024-05-01 2024-05-08 2024-05-09 2024-05-20 2024-07-14 2024-08-15 2024-11-01 2024-11-11 2024-12-25")]
    [InlineData(2025, "2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25")]
    [InlineData(2026, "2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25")]
    [InlineData(2027, "2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25")]
    public void DeLAnnee_Annee_DonneLesOnzeJoursFeriesDeMetropole(int annee, string jours)
    {
        JoursFeries.DeLAnnee(annee).Select(f => f.Jour).Order().ShouldBe(jours.Split(' ').Select(Jour));
    }

    [Theory]
    [InlineData("2026-04-06", true)]
    [InlineData("2026-05-25", true)]
    [InlineData("2026-05-14", true)]
    [InlineData("2026-07-14", true)]
    [InlineData("2026-12-25", true)]
    [InlineData("2026-04-05", false)]
    [InlineData("2026-04-03", false)]
    [InlineData("2026-12-26", false)]
    [InlineData("2026-07-13", false)]
    public void EstFerie_Jour_ReconnaitLesJoursFeries(string jour, bool ferie)
    {
        JoursFeries.EstFerie(Jour(jour)).ShouldBe(ferie);
    }

    [Fact]
    public void DeLAnnee_JoursFeries_SontNommesEnFrancais()
    {
        JoursFeries.DeLAnnee(2026).Single(f => f.Jour == Jour("2026-05-25")).Nom.ShouldBe("Lundi de Pentecôte");
    }

    private static DateOnly Jour(string texte) => DateOnly.ParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
