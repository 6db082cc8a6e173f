using System.Net;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public sealed class CalculerScoresTests
{
    [Fact]
    public void Pour_FicheIncompleteEtAncienne_NommeLesChampsManquantsEtCompteLesMois()
    {
        var lieu = new Lieu
        {
            Identifiant = "x",
            Nom = "Lieu",
            Commune = "Rennes",
            CodePostal = "35000",
            Adresse = "1 rue",
            Telephone = "+33299000000",
            DateMaj = new DateOnly(2025, 3, 10),
            DateConfirmation = new DateOnly(2025, 6, 15),
        };

        var scores = CalculerScores.Pour(lieu, new DateOnly(2026, 6, 14));

        scores.MoisDepuisConfirmation.ShouldBe(11);
        scores.ChampsManquants.ShouldContain("Horaires d'ouverture (syntaxe OpenStreetMap)");
        scores.ChampsManquants.ShouldContain("Services");
        scores.ChampsManquants.ShouldNotContain("Téléphone");
        scores.Completude.ShouldBeInRange(1, 99);
        scores.Priorite.ShouldBe(scores.ChampsManquants.Count + 11);
    }
}

public abstract class AMettreAJourPageTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Ouvrir_Referent_NeListeQueLesFichesDeSonEpciAvecLeResumeParEpci()
    {
        var rennes = await fixture.CreerLieuAsync();
        var saintBrieuc = await fixture.CreerLieuAsync(ContributionsFixture.CommuneSaintBrieuc);
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        using var anonyme = fixture.App.ClientPour(null);

        var html = WebUtility.HtmlDecode(await referent.GetStringAsync("/lieux/a-mettre-a-jour?tri=completude"));
        using var redirection = await anonyme.GetAsync("/lieux/a-mettre-a-jour");

        html.ShouldContain(rennes.Nom);
        html.ShouldNotContain(saintBrieuc.Nom);
        html.ShouldContain("Fiches triées par complétude");
        html.ShouldContain("Rennes Métropole");
        redirection.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirection.Headers.Location!.ToString().ShouldContain("/connexion");
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class AMettreAJourPageSqliteTests(ContributionsSqlite fixture) : AMettreAJourPageTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class AMettreAJourPagePostgresTests(ContributionsPostgres fixture) : AMettreAJourPageTests(fixture);
