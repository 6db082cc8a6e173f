using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions.Recensement;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Standard;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public abstract class RecensementTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task TelechargerModele_Toujours_DonneLesColonnesDuStandardEtUneFeuilleDAide()
    {
        using var client = fixture.App.ClientPour(null);

        var contenu = await client.GetByteArrayAsync("/api/v1/recensement/modele");
        var tableau = LecteurXlsx.Lire(contenu, ModeleRecensement.NomFichier);

        tableau.Colonnes.ShouldBe(ChampsStandard.Tous);
        tableau.Lignes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Importer_ModeleRempli_CreeDesBrouillonsInvisiblesAuPublicJusquaLaPublication()
    {
        var nom = "Médiathèque recensée " + Guid.NewGuid().ToString("N")[..6];
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        using var anonyme = fixture.App.ClientPour(null);

        using var reponse = await ImporterAsync(referent, Ligne(nom, "02 99 10 10 10"));
        using var deuxieme = await ImporterAsync(referent, Ligne(nom, "02 99 10 10 10"));
        var lieu = await fixture.App.AvecBaseAsync(db => db.Lieux.SingleAsync(l => l.Nom == nom));
        using var public1 = await anonyme.GetAsync($"/api/v1/lieux/{lieu.Identifiant}");
        var liste = await anonyme.GetFromJsonAsync<JsonElement>($"/api/v1/lieux?q={Uri.EscapeDataString(nom)}");
        using var pourReferent = await referent.GetAsync($"/api/v1/lieux/{lieu.Identifiant}");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reponse.JsonAsync()).GetProperty("acceptes").GetInt32().ShouldBe(1);
        deuxieme.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.App.AvecBaseAsync(db => db.Lieux.CountAsync(l => l.Nom == nom))).ShouldBe(1);
        lieu.Brouillon.ShouldBeTrue();
        lieu.Identifiant.ShouldStartWith("recensement-");
        lieu.CommuneCode.ShouldBe(ContributionsFixture.CommuneRennes);
        public1.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        liste.GetProperty("total").GetInt32().ShouldBe(0);
        pourReferent.StatusCode.ShouldBe(HttpStatusCode.OK);

        var publication = await fixture.App.AvecBaseAsync(db => new Portrea.Core.Contributions.ModifierLieu(db, TimeProvider.System).AppliquerAsync(
            new Portrea.Core.Contributions.DemandeModification(lieu.Identifiant, new Dictionary<string, string?> { ["brouillon"] = null }, lieu.Version,
                new Portrea.Core.Contributions.AuteurModification("r", "Référente", "referent"), Portrea.Core.Contributions.SourceModification.Formulaire), CancellationToken.None));
        using var public2 = await anonyme.GetAsync($"/api/v1/lieux/{lieu.Identifiant}");

        publication.Statut.ShouldBe(Portrea.Core.Contributions.StatutModification.Applique);
        public2.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Importer_LigneInvalide_RenvoieLeRapportParLigneEtNEcritRien()
    {
        var nom = "Lieu invalide " + Guid.NewGuid().ToString("N")[..6];
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        using var anonyme = fixture.App.ClientPour(null);

        using var reponse = await ImporterAsync(referent, Ligne(nom + " A", "02 99 10 10 10"), Ligne(nom, "pas un numéro"));
        using var refuse = await ImporterAsync(anonyme, Ligne(nom, "02 99 10 10 10"));

        reponse.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rejet = (await reponse.JsonAsync()).GetProperty("rejetes").EnumerateArray().ShouldHaveSingleItem();
        rejet.GetProperty("ligne").GetInt32().ShouldBe(3);
        rejet.GetProperty("champ").GetString().ShouldBe("telephone");
        (await fixture.App.AvecBaseAsync(db => db.Lieux.CountAsync(l => l.Nom.StartsWith(nom)))).ShouldBe(0);
        refuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Importer_ParReferentAvecUneLigneHorsDeSonEpci_RejetteLaLigneEtNEcritRien()
    {
        var nom = "Lieu hors territoire " + Guid.NewGuid().ToString("N")[..6];
        var existant = await fixture.CreerLieuAsync(ContributionsFixture.CommuneRennes);
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc));
        var ligneRennes = Ligne(nom + " Rennes", "02 99 10 10 10");
        var ligneExistante = Ligne(nom + " déplacé", "02 96 10 10 10", "Saint-Brieuc", "22000", ContributionsFixture.CommuneSaintBrieuc);
        ligneExistante[ChampsStandard.Tous.ToList().IndexOf(ChampsStandard.Id)] = existant.Identifiant;

        using var reponse = await ImporterAsync(referent,
            Ligne(nom + " Saint-Brieuc", "02 96 10 10 10", "Saint-Brieuc", "22000", ContributionsFixture.CommuneSaintBrieuc), ligneRennes, ligneExistante);

        reponse.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rejets = (await reponse.JsonAsync()).GetProperty("rejetes").EnumerateArray().ToList();
        rejets.Select(r => r.GetProperty("ligne").GetInt32()).ShouldBe([3, 4]);
        rejets[0].GetProperty("motif").GetString()!.ShouldContain("« Rennes » (code INSEE 35238) n'est pas dans votre territoire");
        rejets[1].GetProperty("motif").GetString()!.ShouldContain("hors de votre territoire");
        (await fixture.App.AvecBaseAsync(db => db.Lieux.CountAsync(l => l.Nom.StartsWith(nom)))).ShouldBe(0);
        (await fixture.App.AvecBaseAsync(db => db.Lieux.SingleAsync(l => l.Id == existant.Id))).Version.ShouldBe(existant.Version);
    }

    private static string[] Ligne(string nom, string telephone, string commune = "Rennes", string codePostal = "35000", string codeInsee = "35238") =>
        [.. ChampsStandard.Tous.Select(c => c switch
        {
            ChampsStandard.Nom => nom,
            ChampsStandard.Commune => commune,
            ChampsStandard.CodePostal => codePostal,
            ChampsStandard.CodeInsee => codeInsee,
            ChampsStandard.Adresse => "3 place de la Mairie",
            ChampsStandard.Telephone => telephone,
            ChampsStandard.Services => "Aide aux démarches administratives",
            _ => "",
        })];

    private static async Task<HttpResponseMessage> ImporterAsync(HttpClient client, params string[][] lignes)
    {
        using var flux = new MemoryStream();
        ModeleRecensement.Ecrire(flux, lignes);
        var contenu = new ByteArrayContent(flux.ToArray());
        contenu.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await client.PostAsync("/api/v1/recensement/import", contenu);
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class RecensementSqliteTests(ContributionsSqlite fixture) : RecensementTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class RecensementPostgresTests(ContributionsPostgres fixture) : RecensementTests(fixture);
