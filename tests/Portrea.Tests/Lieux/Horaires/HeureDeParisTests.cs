using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Tests.Lieux.Horaires;

public sealed class HeureDeParisTests
{
    [Theory]
    [InlineData("2026-01-15T08:00:00Z", "2026-01-15 09:00")]
    [InlineData("2026-07-15T08:00:00Z", "2026-07-15 10:00")]
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29 01:59")]
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29 03:00")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25 02:30")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25 02:30")]
    [InlineData("2026-10-25T02:00:00Z", "2026-10-25 03:00")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01 00:30")]
    public void Depuis_Instant_DonneLHeureMurale(string instant, string attendu)
    {
        HeureDeParis.Depuis(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture).ShouldBe(attendu);
    }

    [Theory]
    [InlineData("2026-01-15 09:00", "2026-01-15T08:00:00Z")]
    [InlineData("2026-07-15 10:00", "2026-07-15T08:00:00Z")]
    [InlineData("2026-10-25 02:30", "2026-10-25T00:30:00Z")]
    public void VersInstant_HeureMurale_DonneLInstant(string locale, string attendu)
    {
        HeureDeParis.VersInstant(DateTime.ParseExact(locale, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(attendu, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void VersInstant_HeureSauteeAuPrintemps_EstRefusee()
    {
        Should.Throw<ArgumentException>(() => HeureDeParis.VersInstant(new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Unspecified)))
            .Message.ShouldStartWith("L'heure 2026-03-29 02:30 n'existe pas à Paris");
    }

    [Fact]
    public void Maintenant_Horloge_LitLHeureDeParis()
    {
        var horloge = new HorlogeFixe(DateTimeOffset.Parse("2026-06-01T07:30:00Z", CultureInfo.InvariantCulture));

        var maintenant = HeureDeParis.Maintenant(horloge);

        maintenant.ShouldBe(new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Unspecified));
        HorairesOsm.Analyser("Mo 09:00-12:00").EstOuvert(maintenant).ShouldBeTrue();
    }

    private sealed class HorlogeFixe(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant;
    }
}
