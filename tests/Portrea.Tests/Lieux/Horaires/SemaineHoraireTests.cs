using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class SemaineHoraireTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:00", 30)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", 41)]
    [InlineData("Mo-Fr 09:00-17:00; We off", 32)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", 40)]
    [InlineData("24/7", 168)]
    [InlineData("off", 0)]
    [InlineData("Mo-Su 22:00-02:00", 28)]
    [InlineData("Fr 22:00-02:00", 4)]
    [InlineData("Su 22:00-02:00", 4)]
    [InlineData("Mo 09:00-13:00,13:00-17:30", 8.5)]
    [InlineData("Mo 09:00-12:00,10:00-13:00", 4)]
    [InlineData("week 01-53/2 Mo 09:00-12:00", 0)]
    [InlineData("Mo 09:00-12:00; week 01-53/2 Tu 09:00-12:00", 3)]
    [InlineData("Mo-Fr 09:00-12:00; Jul,Aug off", 15)]
    [InlineData("Mo-Fr 09:00-12:00; Mo[1] off", 15)]
    [InlineData("Mo-Fr,PH 09:00-12:00", 15)]
    [InlineData("Mo-Fr 09:00-12:00, Sa 10:00-11:30", 16.5)]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", 43)]
    [InlineData("\"sur rendez-vous\"", 0)]
    [InlineData("Mo-Fr", 120)]
    [InlineData("Mo-Fr 08:45-12:15,13:45-17:30; Tu 08:45-17:30", 37.75)]
    public void HeuresParSemaine_SemaineType_CompteLesReglesDeToutesLesSemaines(string texte, double heures)
    {
        HorairesOsm.Analyser(texte).HeuresParSemaine().ShouldBe(heures, 1e-9);
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")]
    [InlineData("Mo,We 09:00-12:00; Tu,Th 14:00-17:00")]
    [InlineData("Mo-Fr 09:00-17:00; We off")]
    [InlineData("Mo-Su 22:00-02:00")]
    [InlineData("Fr 20:00-24:00; Sa 00:00-03:00")]
    [InlineData("24/7")]
    [InlineData("off")]
    [InlineData("Mo 09:00-12:00, Mo 14:00-17:00")]
    [InlineData("Tu-Th 08:30-12:30,13:30-19:00; Mo 08:30-12:30,13:30-17:00; Fr 08:30-13:00,13:30-19:00; Sa 08:30-12:30,13:30-18:00")]
    public void DepuisSemaine_SemaineType_RedonneLaMemeSemaine(string texte)
    {
        var semaine = HorairesOsm.Analyser(texte).SemaineType();

        var reconstruit = HorairesOsm.DepuisSemaine(semaine);

        reconstruit.SemaineType().ShouldBe(semaine);
        HorairesOsm.DepuisSemaine(reconstruit.SemaineType()).Texte.ShouldBe(reconstruit.Texte);
    }

    [Fact]
    public void DepuisSemaine_JoursIdentiques_SontGroupes()
    {
        var matinEtApresMidi = new[] { PlageHoraire.De("09:00", "12:00"), PlageHoraire.De("14:00", "17:00") };
        var semaine = SemaineHoraire.Fermee
            .Avec(DayOfWeek.Monday, matinEtApresMidi)
            .Avec(DayOfWeek.Tuesday, matinEtApresMidi)
            .Avec(DayOfWeek.Wednesday, matinEtApresMidi)
            .Avec(DayOfWeek.Thursday, matinEtApresMidi)
            .Avec(DayOfWeek.Friday, PlageHoraire.De("09:00", "12:00"))
            .Avec(DayOfWeek.Saturday, PlageHoraire.De("09:00", "12:00"));

        HorairesOsm.DepuisSemaine(semaine).Texte.ShouldBe("Mo-Th 09:00-12:00,14:00-17:00; Fr,Sa 09:00-12:00");
    }

    [Fact]
    public void DepuisSemaine_SemaineFermee_DonneOff()
    {
        HorairesOsm.DepuisSemaine(SemaineHoraire.Fermee).Texte.ShouldBe("off");
    }

    [Fact]
    public void DepuisSemaine_JourJusquaMinuit_Ecrit2400()
    {
        HorairesOsm.DepuisSemaine(SemaineHoraire.Fermee.Avec(DayOfWeek.Saturday, PlageHoraire.De("20:00", "24:00"))).Texte.ShouldBe("Sa 20:00-24:00");
    }

    [Fact]
    public void SemaineHoraire_PlagesChevauchantes_SontFusionneesEtEgales()
    {
        var a = SemaineHoraire.Fermee.Avec(DayOfWeek.Monday, PlageHoraire.De("14:00", "17:00"), PlageHoraire.De("09:00", "12:00"), PlageHoraire.De("11:00", "12:30"));
        var b = SemaineHoraire.Fermee.Avec(DayOfWeek.Monday, PlageHoraire.De("09:00", "12:30"), PlageHoraire.De("14:00", "17:00"));

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a[DayOfWeek.Monday].Count.ShouldBe(2);
        a.ShouldNotBe(b.Avec(DayOfWeek.Tuesday, PlageHoraire.De("09:00", "10:00")));
    }

    [Theory]
    [InlineData(600, 540)]
    [InlineData(540, 540)]
    [InlineData(-1, 60)]
    [InlineData(0, 1441)]
    public void PlageHoraire_BornesInvalides_EstRefusee(int debut, int fin)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PlageHoraire(debut, fin));
    }

    [Fact]
    public void PlageHoraire_HeureMalEcrite_EstRefusee()
    {
        Should.Throw<FormatException>(() => PlageHoraire.De("9h", "12:00")).Message.ShouldContain("« 9h »");
    }
}
