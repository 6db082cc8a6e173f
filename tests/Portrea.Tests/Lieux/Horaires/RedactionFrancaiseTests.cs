using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class RedactionFrancaiseTests
{
    [Theory]
    [InlineData("Mo 09:00-12:00,14:00-17:00", "lundi 9 h – 12 h, 14 h – 17 h")]
    [InlineData("Mo-Fr 09:00-12:30", "du lundi au vendredi 9 h – 12 h 30")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "du lundi au vendredi 9 h – 12 h, 14 h – 18 h 30 ; samedi 8 h 30 – 12 h")]
    [InlineData("Mo,Tu 09:30-12:00", "lundi et mardi 9 h 30 – 12 h")]
    [InlineData("Mo,We 09:00-12:00", "lundi et mercredi 9 h – 12 h")]
    [InlineData("Mo-Fr 09:00-17:00; We off", "lundi, mardi, jeudi et vendredi 9 h – 17 h")]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "du lundi au vendredi 9 h – 17 h ; fermé les jours fériés")]
    [InlineData("Mo-Fr 09:00-17:00; PH 10:00-12:00", "du lundi au vendredi 9 h – 17 h ; les jours fériés : 10 h – 12 h")]
    [InlineData("24/7", "ouvert 24 h/24, 7 j/7")]
    [InlineData("off", "fermé")]
    [InlineData("Mo-Su 00:00-24:00", "ouvert 24 h/24, 7 j/7")]
    [InlineData("Sa 18:00-24:00", "samedi 18 h – 24 h")]
    [InlineData("Fr 22:00-02:00", "vendredi 22 h – 24 h ; samedi 0 h – 2 h")]
    [InlineData("Tu 09:05-10:00", "mardi 9 h 05 – 10 h")]
    [InlineData("week 01-53/2 Mo 09:00-12:00", "semaines impaires, lundi : 9 h – 12 h")]
    [InlineData("week 02-52/2 Tu 14:00-17:00", "semaines paires, mardi : 14 h – 17 h")]
    [InlineData("week 10-20 Mo 09:00-12:00", "semaines 10 à 20, lundi : 9 h – 12 h")]
    [InlineData("week 05 Mo 09:00-12:00", "semaine 5, lundi : 9 h – 12 h")]
    [InlineData("week 01-53/3 Mo 09:00-12:00", "une semaine sur 3 de la semaine 1 à la semaine 53, lundi : 9 h – 12 h")]
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "de janvier à mars, du lundi au vendredi : 9 h – 12 h")]
    [InlineData("Mo-Fr 09:00-18:00; Aug off", "du lundi au vendredi 9 h – 18 h ; en août : fermé")]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-26 off", "du lundi au dimanche 9 h – 18 h ; du 24 au 26 décembre : fermé")]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-Jan 01 off", "du lundi au dimanche 9 h – 18 h ; du 24 décembre au 1er janvier : fermé")]
    [InlineData("Dec 25 10:00-12:00", "le 25 décembre : 10 h – 12 h")]
    [InlineData("Jul,Aug Mo-Fr 10:00-12:00", "en juillet, en août, du lundi au vendredi : 10 h – 12 h")]
    [InlineData("Mo[1] 09:00-12:00", "le premier lundi du mois : 9 h – 12 h")]
    [InlineData("Mo[-1] 14:00-17:00", "le dernier lundi du mois : 14 h – 17 h")]
    [InlineData("Mo[-2] 14:00-17:00", "l'avant-dernier lundi du mois : 14 h – 17 h")]
    [InlineData("Mo[1,3] 09:00-12:00", "les premier et troisième lundis du mois : 9 h – 12 h")]
    [InlineData("We[2] 09:00-12:00", "le deuxième mercredi du mois : 9 h – 12 h")]
    [InlineData("Mo-Fr 09:00-17:00; Mo[1] off", "du lundi au vendredi 9 h – 17 h ; le premier lundi du mois : fermé")]
    [InlineData("\"sur rendez-vous\"", "sur rendez-vous")]
    [InlineData("\"Uniquement sur RDV\"", "sur rendez-vous")]
    [InlineData("Mo-Fr \"sur rendez-vous\"", "du lundi au vendredi sur rendez-vous")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "du lundi au vendredi 9 h – 12 h ; sur rendez-vous")]
    [InlineData("Mo 09:00-12:00; Tu unknown", "lundi 9 h – 12 h ; mardi horaires non précisés")]
    [InlineData("Mo 09:00-12:00 \"accueil libre\"", "lundi 9 h – 12 h ; « accueil libre »")]
    [InlineData("Mo-Fr", "du lundi au vendredi 0 h – 24 h")]
    [InlineData("Mo-Fr,PH 09:00-12:00", "du lundi au vendredi 9 h – 12 h ; du lundi au vendredi et les jours fériés : 9 h – 12 h")]
    [InlineData("Mo,Fr 09:00-12:00,14:30-16:30; Tu,Th 09:00-12:00; We 09:00-12:00,14:30-16:30", "lundi, mercredi et vendredi 9 h – 12 h, 14 h 30 – 16 h 30 ; mardi et jeudi 9 h – 12 h")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:00; Th,Sa 09:00-12:00", "du lundi au mercredi et vendredi 9 h – 12 h, 14 h – 17 h ; jeudi et samedi 9 h – 12 h")]
    [InlineData("Mo-Su 09:00-12:00; We off", "lundi, mardi et du jeudi au dimanche 9 h – 12 h")]
    [InlineData("Mo-Fr 08:45-12:15,13:45-17:30; Tu 08:45-17:30", "lundi et du mercredi au vendredi 8 h 45 – 12 h 15, 13 h 45 – 17 h 30 ; mardi 8 h 45 – 17 h 30")]
    [InlineData("Mo 09:00-12:00; week 01-53/2 Tu 09:00-12:00 \"atelier\"", "lundi 9 h – 12 h ; semaines impaires, mardi : 9 h – 12 h (« atelier »)")]
    public void EnFrancais_Horaires_DonneUnTexteLisible(string texte, string attendu)
    {
        HorairesOsm.Analyser(texte).EnFrancais().ShouldBe(attendu);
    }
}
