using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public abstract class HistoriqueTests(ContributionsFixture fixture)
{
    private static readonly AuteurModification Referente = new("r-42", "Roberte Référente", "referent");

    [Fact]
    public async Task Modifier_DeuxChamps_EnregistreAvantEtApresAvecAuteurRoleEtSource()
    {
        var lieu = await fixture.CreerLieuAsync();

        var resultat = await ModifierAsync(lieu.Identifiant, new() { ["telephone"] = "02 99 55 55 55", ["presentationResume"] = "Aide aux démarches en ligne" }, lieu.Version);
        var entree = await fixture.App.AvecBaseAsync(db => db.ModificationsLieux.SingleAsync(m => m.LieuId == lieu.Id && m.Version == resultat.Version));

        resultat.Statut.ShouldBe(StatutModification.Applique);
        entree.AuteurId.ShouldBe("r-42");
        entree.AuteurNom.ShouldBe("Roberte Référente");
        entree.Role.ShouldBe("referent");
        entree.Source.ShouldBe(SourceModification.Formulaire);
        entree.Date.Offset.ShouldBe(TimeSpan.Zero);
        entree.LireChangements().ShouldBe([
            new ChangementChamp("telephone", "+33299000000", "+33299555555"),
            new ChangementChamp("presentationResume", null, "Aide aux démarches en ligne"),
        ]);
    }

    [Fact]
    public async Task Modifier_SansRienChanger_NEcritNiVersionNiHistorique()
    {
        var lieu = await fixture.CreerLieuAsync();

        var resultat = await ModifierAsync(lieu.Identifiant, new() { ["telephone"] = "02 99 00 00 00" }, lieu.Version);

        resultat.Statut.ShouldBe(StatutModification.SansChangement);
        (await fixture.App.AvecBaseAsync(db => db.ModificationsLieux.CountAsync(m => m.LieuId == lieu.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Restaurer_VersionAnterieure_RetablitLesValeursEtEnregistreLaRestauration()
    {
        var lieu = await fixture.CreerLieuAsync();
        var v1 = await ModifierAsync(lieu.Identifiant, new() { ["nom"] = "Premier nom" }, lieu.Version);
        var v2 = await ModifierAsync(lieu.Identifiant, new() { ["nom"] = "Second nom", ["telephone"] = "0299777777", ["contacts"] = null }, v1.Version);
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));

        using var requete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/lieux/{lieu.Identifiant}/restaurations") { Content = JsonContent.Create(new { version = v1.Version }) };
        requete.Headers.TryAddWithoutValidation("If-Match", $"\"lieu-{v2.Version}\"");
        using var reponse = await client.SendAsync(requete);
        var historique = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{lieu.Identifiant}/historique");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fiche = await reponse.JsonAsync();
        fiche.GetProperty("nom").GetString().ShouldBe("Premier nom");
        fiche.GetProperty("telephone").GetString().ShouldBe("+33299000000");
        fiche.GetProperty("contacts").GetArrayLength().ShouldBe(2);
        var restauration = historique.GetProperty("modifications")[0];
        restauration.GetProperty("source").GetString().ShouldBe("restauration");
        restauration.GetProperty("versionRestauree").GetInt32().ShouldBe(v1.Version);
        restauration.GetProperty("version").GetInt32().ShouldBe(v2.Version + 1);
        restauration.GetProperty("auteur").GetString().ShouldBe("Référente " + fixture.EpciRennes);
        historique.GetProperty("modifications").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Historique_Public_MasqueLesContactsEtLesNomsDAuteurs()
    {
        var lieu = await fixture.CreerLieuAsync();
        await ModifierAsync(lieu.Identifiant, new() { ["contacts"] = null, ["nom"] = "Nouveau nom" }, lieu.Version);
        using var client = fixture.App.ClientPour(null);

        var historique = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{lieu.Identifiant}/historique");

        var entree = historique.GetProperty("modifications")[0];
        entree.GetProperty("auteur").ValueKind.ShouldBe(JsonValueKind.Null);
        var contacts = entree.GetProperty("changements").EnumerateArray().Single(c => c.GetProperty("champ").GetString() == "contacts");
        contacts.GetProperty("masque").GetBoolean().ShouldBeTrue();
        contacts.GetProperty("avant").ValueKind.ShouldBe(JsonValueKind.Null);
        entree.GetProperty("changements").EnumerateArray().Single(c => c.GetProperty("champ").GetString() == "nom").GetProperty("libelle").GetString().ShouldBe("Nom");
    }

    [Fact]
    public async Task Importer_DonneesLivrees_EnregistreUneCreationDeSourceImport()
    {
        var entree = await fixture.App.AvecBaseAsync(db =>
            db.ModificationsLieux.Where(m => db.Lieux.Any(l => l.Id == m.LieuId && l.Identifiant == "france-services-133")).SingleAsync());

        entree.Source.ShouldBe(SourceModification.Import);
        entree.AuteurId.ShouldBeNull();
        entree.LireChangements().ShouldContain(new ChangementChamp("nom", null, "France services Saint-Brieuc"));
    }

    private Task<ResultatModification> ModifierAsync(string identifiant, Dictionary<string, string?> champs, int version) =>
        fixture.App.AvecBaseAsync(db => new ModifierLieu(db, TimeProvider.System)
            .AppliquerAsync(new DemandeModification(identifiant, champs, version, Referente, SourceModification.Formulaire), CancellationToken.None));
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class HistoriqueSqliteTests(ContributionsSqlite fixture) : HistoriqueTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class HistoriquePostgresTests(ContributionsPostgres fixture) : HistoriqueTests(fixture);
