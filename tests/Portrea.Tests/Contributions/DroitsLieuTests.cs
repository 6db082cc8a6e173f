using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Portrea.Core.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public abstract class DroitsLieuTests(ContributionsFixture fixture)
{
    public static TheoryData<string, bool> Matrice => new()
    {
        { "administrateur", true },
        { "referent-meme-epci", true },
        { "referent-autre-epci", false },
        { "contributeur-meme-structure", true },
        { "contributeur-autre-structure", false },
        { "connecte-sans-role", false },
        { "anonyme", false },
    };

    [Theory]
    [MemberData(nameof(Matrice))]
    public async Task Calculer_SelonRoleEtTerritoire_PublieOuPropose(string profil, bool publie)
    {
        var lieu = await fixture.CreerLieuAsync();
        var utilisateur = Profil(profil, lieu.StructureId!.Value);
        var principal = utilisateur is null ? new ClaimsPrincipal(new ClaimsIdentity()) : await fixture.App.PrincipalAsync(utilisateur);

        var droits = await fixture.App.AvecBaseAsync(db => DroitsLieu.CalculerAsync(db, principal, lieu, CancellationToken.None));

        droits.Publier.ShouldBe(publie);
        droits.Proposer.ShouldBe(!publie);
        droits.VoirContactsPrives.ShouldBe(publie);
        droits.EpciSiren.ShouldBe(fixture.EpciRennes);
    }

    [Theory]
    [MemberData(nameof(Matrice))]
    public async Task ObtenirLieu_SelonDroits_MontreLesContactsPrivesAuxSeulsEditeurs(string profil, bool voit)
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(Profil(profil, lieu.StructureId!.Value));

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{lieu.Identifiant}");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/lieux/{lieu.Identifiant}"));

        var noms = json.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("nom").GetString()).ToList();
        noms.ShouldContain("Accueil");
        noms.Contains("Camille Privé").ShouldBe(voit);
        html.Contains("camille.prive@example.org").ShouldBe(voit);
        html.ShouldContain("Accueil");
    }

    private UtilisateurDeTest? Profil(string profil, int structure) => profil switch
    {
        "administrateur" => UtilisateurDeTest.Administrateur(),
        "referent-meme-epci" => UtilisateurDeTest.Referent(fixture.EpciRennes),
        "referent-autre-epci" => UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc),
        "contributeur-meme-structure" => UtilisateurDeTest.Contributeur(structure),
        "contributeur-autre-structure" => UtilisateurDeTest.Contributeur(fixture.AutreStructure),
        "connecte-sans-role" => UtilisateurDeTest.SansRole(),
        _ => null,
    };
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class DroitsLieuSqliteTests(ContributionsSqlite fixture) : DroitsLieuTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class DroitsLieuPostgresTests(ContributionsPostgres fixture) : DroitsLieuTests(fixture);
