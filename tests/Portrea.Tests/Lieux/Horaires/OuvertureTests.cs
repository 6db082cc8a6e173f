using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class OuvertureTests
{
    private static DateTime Local(string texte) => DateTime.ParseExact(texte, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // 2026-06-01 is a Monday; 2026-06-06 a Saturday.
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 08:59", false)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 09:00", true)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 11:59", true)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 12:00", false)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 13:00", false)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 18:29", true)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01 18:30", false)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-06 10:00", false)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "2026-06-06 10:00", true)]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "2026-06-07 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; We off", "2026-06-03 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; We off", "2026-06-04 10:00", true)]
    [InlineData("Mo-Fr 09:00-17:00; We 14:00-17:00", "2026-06-03 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; We 14:00-17:00", "2026-06-03 15:00", true)]
    [InlineData("Mo-Fr 09:00-12:00, We 14:00-17:00", "2026-06-03 10:00", true)]
    [InlineData("Mo-Fr 09:00-12:00, We 14:00-17:00", "2026-06-03 15:00", true)]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", "2026-06-03 13:00", false)]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", "2026-06-03 11:00", true)]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", "2026-06-03 15:00", true)]
    [InlineData("Mo-Fr 09:00-18:00; We 12:00-14:00 off", "2026-06-03 11:00", false)]
    [InlineData("Mo-Fr 08:30-18:00; We 08:30-17:30", "2026-06-03 17:45", false)]
    [InlineData("Mo-Fr 08:30-18:00; We 08:30-17:30", "2026-06-04 17:45", true)]
    [InlineData("24/7", "2026-06-07 03:00", true)]
    [InlineData("24/7", "2026-12-25 23:59", true)]
    [InlineData("24/7; Su off", "2026-06-07 03:00", false)]
    [InlineData("off", "2026-06-01 10:00", false)]
    [InlineData("open", "2026-06-01 03:00", true)]
    [InlineData("Mo-Fr", "2026-06-01 03:00", true)]
    [InlineData("Mo-Fr", "2026-06-06 03:00", false)]
    [InlineData("Mo-Fr 00:00-24:00", "2026-06-05 23:59", true)]
    [InlineData("Sa 18:00-24:00", "2026-06-06 23:59", true)]
    [InlineData("Sa 18:00-24:00", "2026-06-07 00:00", false)]
    // Across midnight: the Friday range goes on into Saturday.
    [InlineData("Fr 22:00-02:00", "2026-06-05 23:00", true)]
    [InlineData("Fr 22:00-02:00", "2026-06-06 01:59", true)]
    [InlineData("Fr 22:00-02:00", "2026-06-06 02:00", false)]
    [InlineData("Fr 22:00-02:00", "2026-06-05 01:00", false)]
    [InlineData("Fr 20:00-26:00", "2026-06-06 01:00", true)]
    [InlineData("Su 22:00-03:00", "2026-06-08 02:00", true)]
    [InlineData("Su 22:00-03:00", "2026-06-07 02:00", false)]
    [InlineData("Mo-Sa 22:00-02:00", "2026-06-07 01:00", true)]
    [InlineData("Mo-Sa 22:00-02:00", "2026-06-01 01:00", false)]
    // Public holidays: 2026-07-14 (Tuesday), 2026-05-25 (Pentecost Monday), 2026-04-06 (Easter Monday), 2026-05-14 (Ascension).
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-07-14 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-07-15 10:00", true)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-05-25 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-04-06 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-05-14 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-05-13 10:00", true)]
    [InlineData("Mo-Fr 09:00-17:00", "2026-07-14 10:00", true)]
    [InlineData("Mo-Fr 09:00-17:00; PH 10:00-12:00", "2026-07-14 11:00", true)]
    [InlineData("Mo-Fr 09:00-17:00; PH 10:00-12:00", "2026-07-14 15:00", false)]
    [InlineData("PH off; Mo-Fr 09:00-17:00", "2026-07-14 10:00", true)]
    [InlineData("Su,PH 10:00-12:00", "2026-11-11 11:00", true)]
    [InlineData("Su,PH 10:00-12:00", "2026-11-12 11:00", false)]
    [InlineData("Su,PH 10:00-12:00", "2026-11-15 11:00", true)]
    // ISO week parity: 2026-01-05 is week 2, 2026-01-12 week 3, 2026-12-28 week 53 and 2027-01-04 week 1.
    [InlineData("week 01-53/2 Mo 09:00-12:00", "2026-01-05 10:00", false)]
    [InlineData("week 01-53/2 Mo 09:00-12:00", "2026-01-12 10:00", true)]
    [InlineData("week 01-53/2 Mo 09:00-12:00", "2026-12-28 10:00", true)]
    [InlineData("week 01-53/2 Mo 09:00-12:00", "2027-01-04 10:00", true)]
    [InlineData("week 02-52/2 Mo 09:00-12:00", "2026-01-05 10:00", true)]
    [InlineData("week 02-52/2 Mo 09:00-12:00", "2026-01-12 10:00", false)]
    [InlineData("week 02-52/2 Mo 09:00-12:00", "2026-12-28 10:00", false)]
    [InlineData("week 10-20 Mo 09:00-12:00", "2026-03-02 10:00", true)]
    [InlineData("week 10-20 Mo 09:00-12:00", "2026-02-23 10:00", false)]
    [InlineData("week 01-53/3 Mo 09:00-12:00", "2026-01-05 10:00", false)]
    [InlineData("week 01-53/3 Mo 09:00-12:00", "2026-03-02 10:00", true)]
    [InlineData("Mo 09:00-12:00; week 01-53/2 Mo off", "2026-01-12 10:00", false)]
    [InlineData("Mo 09:00-12:00; week 01-53/2 Mo off", "2026-01-05 10:00", true)]
    // Nth weekday: Mondays of March 2026 are 2, 9, 16, 23, 30; of February 2026 are 2, 9, 16, 23.
    [InlineData("Mo[1] 09:00-12:00", "2026-03-02 10:00", true)]
    [InlineData("Mo[1] 09:00-12:00", "2026-03-09 10:00", false)]
    [InlineData("Mo[2] 09:00-12:00", "2026-03-09 10:00", true)]
    [InlineData("Mo[-1] 09:00-12:00", "2026-03-30 10:00", true)]
    [InlineData("Mo[-1] 09:00-12:00", "2026-03-23 10:00", false)]
    [InlineData("Mo[-1] 09:00-12:00", "2026-02-23 10:00", true)]
    [InlineData("Mo[-2] 09:00-12:00", "2026-03-23 10:00", true)]
    [InlineData("Mo[5] 09:00-12:00", "2026-03-30 10:00", true)]
    [InlineData("Mo[5] 09:00-12:00", "2026-02-23 10:00", false)]
    [InlineData("Mo[1,3] 09:00-12:00", "2026-03-16 10:00", true)]
    [InlineData("Mo[1,3] 09:00-12:00", "2026-03-09 10:00", false)]
    [InlineData("Mo[1-2] 09:00-12:00", "2026-03-09 10:00", true)]
    [InlineData("Mo[1] 09:00-12:00", "2026-03-03 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; Mo[1] off", "2026-03-02 10:00", false)]
    [InlineData("Mo-Fr 09:00-17:00; Mo[1] off", "2026-03-09 10:00", true)]
    // Months and dates, including ranges across New Year.
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "2026-03-02 10:00", true)]
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "2026-04-01 10:00", false)]
    [InlineData("Nov-Feb Sa 09:00-12:00", "2026-01-03 10:00", true)]
    [InlineData("Nov-Feb Sa 09:00-12:00", "2026-06-06 10:00", false)]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-26 off", "2026-12-24 10:00", false)]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-26 off", "2026-12-27 10:00", true)]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-Jan 02 off", "2027-01-02 10:00", false)]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-Jan 02 off", "2027-01-03 10:00", true)]
    [InlineData("Mo-Su 09:00-18:00; Dec 24-Jan 02 off", "2026-12-23 10:00", true)]
    [InlineData("Mo-Fr 09:00-18:00; Aug off", "2026-08-14 10:00", false)]
    [InlineData("Mo-Fr 09:00-18:00; Aug off", "2026-09-01 10:00", true)]
    [InlineData("Mo-Fr 09:00-18:00; Jul,Aug Mo-Fr 09:00-12:00", "2026-07-15 15:00", false)]
    [InlineData("Mo-Fr 09:00-18:00; Jul,Aug Mo-Fr 09:00-12:00", "2026-06-15 15:00", true)]
    [InlineData("Dec 25 10:00-12:00", "2026-12-25 11:00", true)]
    [InlineData("Dec 25 10:00-12:00", "2026-12-26 11:00", false)]
    // Comments and unknown state.
    [InlineData("\"sur rendez-vous\"", "2026-06-01 10:00", false)]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "2026-06-01 10:00", true)]
    [InlineData("Mo 09:00-12:00; Tu unknown", "2026-06-02 10:00", false)]
    public void EstOuvert_HeureLocale_SuitLesRegles(string texte, string heure, bool ouvert)
    {
        HorairesOsm.Analyser(texte).EstOuvert(Local(heure)).ShouldBe(ouvert);
    }

    [Theory]
    [InlineData("Mo 09:00-12:00; Tu unknown", "2026-06-02 10:00", EtatOuverture.Inconnu)]
    [InlineData("\"sur rendez-vous\"", "2026-06-01 10:00", EtatOuverture.Inconnu)]
    [InlineData("Mo-Fr \"sur rendez-vous\"", "2026-06-06 10:00", EtatOuverture.Ferme)]
    [InlineData("Mo-Fr \"sur rendez-vous\"", "2026-06-05 10:00", EtatOuverture.Inconnu)]
    [InlineData("Mo 09:00-12:00; Tu unknown", "2026-06-01 10:00", EtatOuverture.Ouvert)]
    [InlineData("Mo 09:00-12:00; Tu unknown", "2026-06-03 10:00", EtatOuverture.Ferme)]
    public void Etat_RegleInconnue_DitInconnuPlutotQueFerme(string texte, string heure, EtatOuverture etat)
    {
        HorairesOsm.Analyser(texte).Etat(Local(heure)).ShouldBe(etat);
    }

    // Summer time starts on 2026-03-29 at 02:00 (01:00 UTC) and ends on 2026-10-25 at 03:00 (01:00 UTC).
    [Theory]
    [InlineData("Mo-Su 09:00-12:00", "2026-03-29T07:30:00Z", true)]
    [InlineData("Mo-Su 09:00-12:00", "2026-03-28T07:30:00Z", false)]
    [InlineData("Mo-Su 09:00-12:00", "2026-03-28T08:30:00Z", true)]
    [InlineData("Mo-Su 09:00-12:00", "2026-03-29T10:30:00Z", false)]
    [InlineData("Mo-Su 09:00-12:00", "2026-10-25T08:30:00Z", true)]
    [InlineData("Mo-Su 09:00-12:00", "2026-10-25T07:30:00Z", false)]
    [InlineData("Mo-Su 09:00-12:00", "2026-10-24T07:30:00Z", true)]
    [InlineData("Su 01:00-03:00", "2026-03-29T00:30:00Z", true)]
    [InlineData("Su 01:00-03:00", "2026-03-29T01:30:00Z", false)]
    [InlineData("Su 02:00-03:00", "2026-10-25T00:30:00Z", true)]
    [InlineData("Su 02:00-03:00", "2026-10-25T01:30:00Z", true)]
    [InlineData("Su 02:00-03:00", "2026-10-25T02:30:00Z", false)]
    [InlineData("Sa 22:00-02:00", "2026-03-28T23:30:00Z", true)]
    [InlineData("Sa 22:00-02:00", "2026-03-29T01:30:00Z", false)]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-07-14T08:00:00Z", false)]
    [InlineData("Mo-Fr 09:00-17:00", "2026-12-31T22:30:00Z", false)]
    public void EstOuvert_Instant_EstLuAParisMemeLesJoursDeChangementDHeure(string texte, string instant, bool ouvert)
    {
        HorairesOsm.Analyser(texte).EstOuvert(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).ShouldBe(ouvert);
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-01", "09:00-12:00 14:00-18:30")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30", "2026-06-06", "")]
    [InlineData("Mo 14:00-17:00,09:00-12:00", "2026-06-01", "09:00-12:00 14:00-17:00")]
    [InlineData("Mo-Fr 09:00-13:00,13:00-17:30", "2026-06-01", "09:00-17:30")]
    [InlineData("Mo 09:00-12:00,10:00-13:00", "2026-06-01", "09:00-13:00")]
    [InlineData("Fr 22:00-02:00", "2026-06-05", "22:00-24:00")]
    [InlineData("Fr 22:00-02:00", "2026-06-06", "00:00-02:00")]
    [InlineData("Mo-Su 22:00-02:00", "2026-06-06", "00:00-02:00 22:00-24:00")]
    [InlineData("24/7", "2026-06-06", "00:00-24:00")]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", "2026-06-03", "09:00-12:00 14:00-18:00")]
    [InlineData("Mo-Fr 09:00-17:00; PH off", "2026-11-11", "")]
    [InlineData("week 01-53/2 Mo 09:00-12:00; week 02-52/2 Mo 14:00-17:00", "2026-01-05", "14:00-17:00")]
    [InlineData("week 01-53/2 Mo 09:00-12:00; week 02-52/2 Mo 14:00-17:00", "2026-01-12", "09:00-12:00")]
    public void PlagesDuJour_Date_DonneLesPlagesConcretes(string texte, string jour, string attendu)
    {
        var plages = HorairesOsm.Analyser(texte).PlagesDuJour(DateOnly.ParseExact(jour, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        string.Join(" ", plages).ShouldBe(attendu);
    }
}
