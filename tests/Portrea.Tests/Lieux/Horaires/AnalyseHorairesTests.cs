using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class AnalyseHorairesTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")]
    [InlineData("mo-fr 9:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("  Mo - Fr   09:00 - 12:00 ,  14:00 - 17:00 ;Sa 10:00-12:00  ", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00")]
    [InlineData("Mo-Fr 9h-12h,14h-17h30", "Mo-Fr 09:00-12:00,14:00-17:30")]
    [InlineData("Mo-Fr 9H00-12H00", "Mo-Fr 09:00-12:00")]
    [InlineData("MO-FR 09:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo–Fr 09:00–12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo,Tu,We 09:00-12:00", "Mo-We 09:00-12:00")]
    [InlineData("Mo,Tu 09:00-12:00", "Mo,Tu 09:00-12:00")]
    [InlineData("Mo,We,Fr 09:00-12:00", "Mo,We,Fr 09:00-12:00")]
    [InlineData("Tu,Mo 09:00-12:00", "Mo,Tu 09:00-12:00")]
    [InlineData("Mo-We,Fr 09:00-12:00", "Mo-We,Fr 09:00-12:00")]
    [InlineData("Sa-Mo 10:00-12:00", "Mo,Sa,Su 10:00-12:00")]
    [InlineData("Mo-Su 08:00-20:00", "Mo-Su 08:00-20:00")]
    [InlineData("Mo 14:00-17:00,09:00-12:00", "Mo 14:00-17:00,09:00-12:00")]
    [InlineData("24/7", "24/7")]
    [InlineData("24/7 off", "24/7 off")]
    [InlineData("off", "off")]
    [InlineData("closed", "off")]
    [InlineData("Mo-Fr 09:00-17:00; We closed", "Mo-Fr 09:00-17:00; We off")]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "Mo-Fr 09:00-17:00; PH off")]
    [InlineData("Mo-Fr 09:00-17:00; ph OFF", "Mo-Fr 09:00-17:00; PH off")]
    [InlineData("PH 10:00-12:00", "PH 10:00-12:00")]
    [InlineData("Mo-Fr,PH 10:00-12:00", "PH,Mo-Fr 10:00-12:00")]
    [InlineData("Mo-Sa 22:00-02:00", "Mo-Sa 22:00-02:00")]
    [InlineData("Fr 20:00-26:00", "Fr 20:00-02:00")]
    [InlineData("Mo-Fr 00:00-24:00", "Mo-Fr 00:00-24:00")]
    [InlineData("Sa 18:00-24:00", "Sa 18:00-24:00")]
    [InlineData("week 01-53/2 Mo 09:00-12:00", "week 01-53/2 Mo 09:00-12:00")]
    [InlineData("week 1-53/2 Mo 09:00-12:00", "week 01-53/2 Mo 09:00-12:00")]
    [InlineData("week 02-52/2 Tu 14:00-17:00", "week 02-52/2 Tu 14:00-17:00")]
    [InlineData("week 05 Mo 09:00-12:00", "week 05 Mo 09:00-12:00")]
    [InlineData("week 01-10,20-30 Mo 09:00-12:00", "week 01-10,20-30 Mo 09:00-12:00")]
    [InlineData("Week 1-53/3 Mo 09:00-12:00", "week 01-53/3 Mo 09:00-12:00")]
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "Jan-Mar Mo-Fr 09:00-12:00")]
    [InlineData("jan-mar 09:00-12:00", "Jan-Mar 09:00-12:00")]
    [InlineData("Dec 24-26 off", "Dec 24-26 off")]
    [InlineData("Dec 24-Dec 26 off", "Dec 24-26 off")]
    [InlineData("Dec 24-Jan 2 off", "Dec 24-Jan 02 off")]
    [InlineData("Dec 25 off", "Dec 25 off")]
    [InlineData("Jul,Aug off", "Jul,Aug off")]
    [InlineData("Jul-Aug Mo-Fr 10:00-12:00", "Jul-Aug Mo-Fr 10:00-12:00")]
    [InlineData("Nov-Feb Sa 09:00-12:00", "Nov-Feb Sa 09:00-12:00")]
    [InlineData("Aug 01-15 off", "Aug 01-15 off")]
    [InlineData("Jan 05 10:00-12:00", "Jan 05 10:00-12:00")]
    [InlineData("Mo[1] 09:00-12:00", "Mo[1] 09:00-12:00")]
    [InlineData("Mo[-1] 09:00-12:00", "Mo[-1] 09:00-12:00")]
    [InlineData("Mo[1,3] 09:00-12:00", "Mo[1,3] 09:00-12:00")]
    [InlineData("Mo[3,1] 09:00-12:00", "Mo[1,3] 09:00-12:00")]
    [InlineData("Mo[1-3] 09:00-12:00", "Mo[1,2,3] 09:00-12:00")]
    [InlineData("Mo[1],We[-1] 09:00-12:00", "Mo[1],We[-1] 09:00-12:00")]
    [InlineData("Sa[2] 10:00-12:00", "Sa[2] 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    [InlineData("\"sur rendez-vous\"", "\"sur rendez-vous\"")]
    [InlineData("Mo-Fr \" sur rendez-vous \"", "Mo-Fr \"sur rendez-vous\"")]
    [InlineData("Mo-Fr unknown \"sur rendez-vous\"", "Mo-Fr unknown \"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00, Sa 10:00-12:00", "Mo-Fr 09:00-12:00, Sa 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00,Sa 10:00-12:00", "Mo-Fr 09:00-12:00, Sa 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00;", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00;;Sa 10:00-12:00", "Mo-Fr 09:00-12:00; Sa 10:00-12:00")]
    [InlineData("Mo-Fr", "Mo-Fr")]
    [InlineData("Mo-Fr open", "Mo-Fr")]
    [InlineData("open", "open")]
    [InlineData("Mo-Fr 09:00-13:00,13:00-17:30", "Mo-Fr 09:00-13:00,13:00-17:30")]
    [InlineData("Mo-Fr 08:30-18:00; We 08:30-17:30", "Mo-Fr 08:30-18:00; We 08:30-17:30")]
    [InlineData("Jan-Mar week 01-53/2 Mo[1] 09:00-12:00 off \"x\"", "Jan-Mar week 01-53/2 Mo[1] 09:00-12:00 off \"x\"")]
    public void Analyser_TexteValide_DonneLeTexteCanonique(string texte, string canonique)
    {
        var horaires = HorairesOsm.Analyser(texte);

        horaires.Texte.ShouldBe(canonique);
        horaires.ToString().ShouldBe(canonique);
        HorairesOsm.Analyser(canonique).Texte.ShouldBe(canonique);
    }

    [Theory]
    [InlineData("", "Les horaires sont vides.")]
    [InlineData("   ", "Les horaires sont vides.")]
    [InlineData("Mo-Fr sunrise-sunset", "position 7 : les heures solaires (« sunrise ») ne sont pas prises en charge")]
    [InlineData("Mo-Fr 09:00-sunset", "position 13 : les heures solaires (« sunset ») ne sont pas prises en charge")]
    [InlineData("SH off", "position 1 : les vacances scolaires (« SH ») ne sont pas prises en charge")]
    [InlineData("Mo-Fr 09:00-12:00; SH off", "position 20 : les vacances scolaires (« SH ») ne sont pas prises en charge")]
    [InlineData("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", "position 19 : les règles de repli « || » ne sont pas prises en charge")]
    [InlineData("Mo 09:00-12:00-14:00", "position 15 : « - » inattendu après la plage « 09:00-12:00 »")]
    [InlineData("Mo 18:00", "position 4 : heure de fin manquante après 18:00")]
    [InlineData("Mo 09:00-09:00", "position 4 : la plage « 09:00-09:00 » est vide")]
    [InlineData("Mo 25:00-26:00", "position 4 : la plage « 25:00-26:00 » commence après minuit")]
    [InlineData("Mo 09:60-12:00", "position 4 : heure « 09:60 » invalide")]
    [InlineData("Mo 09:0-12:00", "position 4 : heure « 09:0 » invalide : les minutes s'écrivent sur deux chiffres")]
    [InlineData("Mo 9-12", "position 4 : heure « 9 » incomplète")]
    [InlineData("Mo 10:00+", "position 9 : les horaires sans heure de fin (« + ») ne sont pas pris en charge")]
    [InlineData("Mo 10:00-16:00/30", "position 15 : les intervalles répétés (« /30 ») ne sont pas pris en charge")]
    [InlineData("Lu-Ve 09:00-12:00", "position 1 : « Lu » n'est pas compris ici")]
    [InlineData("Mo-Xy 09:00-12:00", "position 4 : « Xy » n'est pas compris ici, un jour (Mo, Tu, We, Th, Fr, Sa, Su) était attendu")]
    [InlineData("2025 Mo 09:00-12:00", "position 1 : les années (« 2025 ») ne sont pas prises en charge")]
    [InlineData("easter off", "position 1 : la date de Pâques (« easter ») n'est pas prise en charge")]
    [InlineData("Mo 09:00-12:00 week 01-53/2", "position 16 : le sélecteur de semaines (« week ») doit précéder les jours")]
    [InlineData("week 00-53/2 Mo 09:00-12:00", "position 6 : semaines « 00-53/2 » invalides")]
    [InlineData("week 54 Mo 09:00-12:00", "position 6 : semaines « 54 » invalides")]
    [InlineData("week 10-05 Mo 09:00-12:00", "position 6 : semaines « 10-05 » invalides")]
    [InlineData("Mo[6] 09:00-12:00", "position 4 : rang « 6 » invalide")]
    [InlineData("Mo[0] 09:00-12:00", "position 4 : rang « 0 » invalide")]
    [InlineData("Mo[1 09:00-12:00", "position 6 : « 0 » inattendu, « ] » était attendu")]
    [InlineData("Mo[1] +2 days 09:00-12:00", "position 7 : les décalages de jours")]
    [InlineData("Feb 30 off", "position 5 : le jour 30 n'existe pas en Feb")]
    [InlineData("Dec 24- off", "position 9 : « off » n'est pas compris ici, un mois de fin")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous", "position 19 : le commentaire n'est pas fermé par un guillemet")]
    [InlineData("Mo-Fr 09:00-12:00,", "position 19 : une règle est attendue après la virgule")]
    [InlineData("Mo-Fr 09:00-12:00 Sa", "position 19 : « Sa » n'est pas compris ici, « ; » entre deux règles était attendu")]
    [InlineData("Mo-Fr 09:00-12:00 @", "position 19 : « @ » inattendu")]
    [InlineData("Mo 22:00-48:00", "position 4 : la plage « 22:00-48:00 » dure 24 heures ou plus")]
    [InlineData("Mo 09:00-49:00", "position 10 : heure « 49:00 » invalide")]
    [InlineData("Mo 24:00-02:00", "position 4 : la plage « 24:00-02:00 » commence après minuit")]
    public void TryAnalyser_TexteInvalide_DonneUneErreurEnFrancaisAvecLaPosition(string texte, string debutErreur)
    {
        HorairesOsm.TryAnalyser(texte, out var horaires, out var erreur).ShouldBeFalse();

        horaires.ShouldBeNull();
        erreur.ShouldNotBeNull();
        erreur.ShouldContain(debutErreur);
        Should.Throw<FormatException>(() => HorairesOsm.Analyser(texte)).Message.ShouldBe(erreur);
    }

    [Fact]
    public void TryAnalyser_Null_DonneUneErreur()
    {
        HorairesOsm.TryAnalyser(null, out _, out var erreur).ShouldBeFalse();
        erreur.ShouldBe("Les horaires sont vides.");
    }

    [Fact]
    public void Commentaires_RegleCommentee_SontConserves()
    {
        HorairesOsm.Analyser("Mo 09:00-12:00 \"accueil libre\"; Tu \"sur rendez-vous\"").Commentaires.ShouldBe(["accueil libre", "sur rendez-vous"]);
    }

    [Fact]
    public void Egalite_MemesHorairesEcritsAutrement_SontEgaux()
    {
        HorairesOsm.Analyser("mo-fr 9:00-12:00").ShouldBe(HorairesOsm.Analyser("Mo-Fr 09:00-12:00"));
        HorairesOsm.Analyser("Mo-Fr 09:00-12:00").ShouldNotBe(HorairesOsm.Analyser("Mo-Fr 09:00-12:30"));
    }
}
