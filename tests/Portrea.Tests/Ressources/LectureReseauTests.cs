using System.Net;
using Portrea.Tests.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Ressources;

/// <summary>A network's pages, calendar bookings and budget are read by its members only; the place sheet stays public.</summary>
public abstract class LectureReseauTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Lire_SelonAppartenanceAuReseau_MembresSeulementEtLaFicheResteLibre()
    {
        var hote = await fixture.CreerLieuAsync();
        var reseau = await ReseauDeTest.CreerAsync(fixture, [hote]);
        string[] adresses = [$"/reseaux/{reseau.Id}", $"/reseaux/{reseau.Id}/calendrier", $"/reseaux/{reseau.Id}/budget", $"/reseaux/{reseau.Id}/budget.xlsx", $"/reseaux/{reseau.Id}/socle"];
        UtilisateurDeTest[] membres = [UtilisateurDeTest.Contributeur(hote.StructureId!.Value, "membre"), UtilisateurDeTest.Referent(fixture.EpciRennes), UtilisateurDeTest.Administrateur()];
        UtilisateurDeTest[] autres = [UtilisateurDeTest.Contributeur(fixture.AutreStructure, "non-membre"), UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc, "referent-ailleurs"), UtilisateurDeTest.SansRole()];

        foreach (var utilisateur in membres)
        {
            using var client = fixture.App.ClientPour(utilisateur);
            foreach (var adresse in adresses)
            {
                using var reponse = await client.GetAsync(adresse);
                reponse.StatusCode.ShouldBe(HttpStatusCode.OK, $"{utilisateur.Id} sur {adresse}");
            }

            WebUtility.HtmlDecode(await client.GetStringAsync("/reseaux")).ShouldContain(reseau.Nom);
        }

        foreach (var utilisateur in autres)
        {
            using var client = fixture.App.ClientPour(utilisateur);
            foreach (var adresse in adresses)
            {
                using var reponse = await client.GetAsync(adresse);
                reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{utilisateur.Id} sur {adresse}");
            }

            WebUtility.HtmlDecode(await client.GetStringAsync("/reseaux")).ShouldNotContain(reseau.Nom);
        }

        using var anonyme = fixture.App.ClientPour(null);
        using var fiche = await anonyme.GetAsync($"/lieux/{hote.Identifiant}");
        fiche.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class LectureReseauSqliteTests(ContributionsSqlite fixture) : LectureReseauTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class LectureReseauPostgresTests(ContributionsPostgres fixture) : LectureReseauTests(fixture);
