using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class HorairesFranceServicesTests
{
    private static Dictionary<string, string?> Ligne(params (string Colonne, string? Valeur)[] cellules) =>
        cellules.ToDictionary(c => c.Colonne, c => c.Valeur);

    [Theory]
    [InlineData("08:00 - 12:00 / 13:00 - 16:00", "08:00 - 12:00 / 13:00 - 16:00", "Mo,Tu 08:00-12:00,13:00-16:00")]
    [InlineData("08:00 - 12:00", "", "Mo 08:00-12:00")]
    [InlineData("08:30 - 12:30 / 08:30 - 12:30", null, "Mo 08:30-12:30")]
    [InlineData("8:30-12:30", "  ", "Mo 08:30-12:30")]
    [InlineData("08h30 - 12h30", "14:00 - 24:00", "Mo 08:30-12:30; Tu 14:00-24:00")]
    public void Convertir_CellulesValides_DonneDesHorairesOsm(string? lundi, string? mardi, string attendu)
    {
        var conversion = HorairesFranceServices.Convertir(Ligne(("h_lundi", lundi), ("h_mardi", mardi), ("h_samedi", "")));

        conversion.EstValide.ShouldBeTrue();
        conversion.Horaires!.Texte.ShouldBe(attendu);
    }

    [Fact]
    public void Convertir_SemaineComplete_GroupeLesJours()
    {
        var conversion = HorairesFranceServices.Convertir(Ligne(
            ("h_lundi", "09:00 - 12:00 / 13:30 - 17:00"),
            ("h_mardi", "09:00 - 12:00 / 13:30 - 17:00"),
            ("h_mercredi", "09:00 - 12:00 / 13:30 - 17:00"),
            ("h_jeudi", "09:00 - 12:00 / 13:30 - 17:00"),
            ("h_vendredi", "09:00 - 12:00 / 13:30 - 16:30"),
            ("h_samedi", "")));

        conversion.Horaires!.Texte.ShouldBe("Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:30");
        conversion.Horaires.HeuresParSemaine().ShouldBe(32);
        conversion.Horaires.EnFrancais().ShouldBe("du lundi au jeudi 9 h – 12 h, 13 h 30 – 17 h ; vendredi 9 h – 12 h, 13 h 30 – 16 h 30");
    }

    [Fact]
    public void Convertir_ToutesCellulesVides_DonneDesHorairesNonDisponibles()
    {
        var conversion = HorairesFranceServices.Convertir(Ligne(("h_lundi", ""), ("h_mardi", null), ("h_samedi", " ")));

        conversion.EstValide.ShouldBeTrue();
        conversion.Horaires.ShouldBeNull();
    }

    [Theory]
    [InlineData("h_lundi", "09:00 - 12:00 - 14:00")]
    [InlineData("h_mardi", "9 h - 12 h")]
    [InlineData("h_mercredi", "14:00 - 12:00")]
    [InlineData("h_jeudi", "13:00 - 16:00 / 08:00 - 12:00")]
    [InlineData("h_vendredi", "09:00 - 25:00")]
    [InlineData("h_samedi", "09:00 - 12:60")]
    [InlineData("h_lundi", "fermé")]
    [InlineData("h_lundi", "09:00 - 12:00 /")]
    public void Convertir_CelluleInvalide_NommeLaColonneEtLaValeur(string colonne, string valeur)
    {
        var ligne = Ligne(("h_lundi", "08:00 - 12:00"));
        ligne[colonne] = valeur;

        var conversion = HorairesFranceServices.Convertir(ligne);

        conversion.EstValide.ShouldBeFalse();
        conversion.Horaires.ShouldBeNull();
        conversion.Erreurs.ShouldHaveSingleItem().ShouldBe(new ErreurHoraire(colonne,
            $"« {valeur} » n'est pas une liste de plages « HH:MM - HH:MM », séparées par « / », dans l'ordre de la journée"));
    }

    [Fact]
    public void Convertir_ColonneInconnue_EstSignalee()
    {
        var conversion = HorairesFranceServices.Convertir(Ligne(("h_lundi", "08:00 - 12:00"), ("h_ferie", "08:00 - 12:00")));

        conversion.Erreurs.ShouldHaveSingleItem().Champ.ShouldBe("h_ferie");
    }
}
