using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

public abstract class ModifierLieuApiTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task ObtenirLieu_Toujours_RenvoieUnEtagFortTireDeLaVersion()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(null);

        var (_, etag) = await client.LireFicheAsync(lieu.Identifiant);

        etag.IsWeak.ShouldBeFalse();
        etag.Tag.ShouldBe($"\"lieu-{lieu.Version}\"");
    }

    [Fact]
    public async Task Modifier_SansIfMatch_Renvoie428EnFrancais()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var (fiche, _) = await client.LireFicheAsync(lieu.Identifiant);

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag: null);

        reponse.StatusCode.ShouldBe((HttpStatusCode)428);
        (await reponse.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("If-Match");
    }

    [Fact]
    public async Task Modifier_Anonyme_Renvoie401SansRedirection()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(null);
        var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);

        reponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Modifier_VersionAJour_Renvoie200AvecUnNouvelEtagEtLaValeurNormalisee()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);
        fiche["telephone"] = "02 99 12 34 56";

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Headers.ETag!.Tag.ShouldBe($"\"lieu-{lieu.Version + 1}\"");
        (await reponse.JsonAsync()).GetProperty("telephone").GetString().ShouldBe("+33299123456");
    }

    [Fact]
    public async Task Modifier_VersionPerimee_Renvoie412AvecCeQuiAChangeEntreTemps()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var premier = fixture.App.ClientPour(UtilisateurDeTest.Administrateur("a1"));
        using var second = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes, "r1"));
        var (fichePremier, etagPremier) = await premier.LireFicheAsync(lieu.Identifiant);
        var (ficheSecond, etagSecond) = await second.LireFicheAsync(lieu.Identifiant);
        fichePremier["telephone"] = "+33299111111";
        ficheSecond["telephone"] = "+33299222222";
        ficheSecond["nom"] = "Nom du second";

        using var accepte = await premier.EcrireFicheAsync(lieu.Identifiant, fichePremier, etagPremier);
        using var refuse = await second.EcrireFicheAsync(lieu.Identifiant, ficheSecond, etagSecond);

        accepte.StatusCode.ShouldBe(HttpStatusCode.OK);
        refuse.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var probleme = await refuse.JsonAsync();
        probleme.GetProperty("title").GetString().ShouldBe("La fiche a été modifiée entre-temps");
        var modification = probleme.GetProperty("modifications").EnumerateArray().ShouldHaveSingleItem();
        modification.GetProperty("champ").GetString().ShouldBe("telephone");
        modification.GetProperty("valeurDeVotreVersion").GetString().ShouldBe("+33299000000");
        modification.GetProperty("valeurActuelle").GetString().ShouldBe("+33299111111");
        modification.GetProperty("votreValeur").GetString().ShouldBe("+33299222222");
        refuse.Headers.ETag!.Tag.ShouldBe($"\"lieu-{lieu.Version + 1}\"");
        (await second.LireFicheAsync(lieu.Identifiant)).Fiche["nom"]!.GetValue<string>().ShouldBe(lieu.Nom);
    }

    [Fact]
    public async Task Modifier_ServicesSurUneVersionPerimee_Renvoie412EtNeTouchePasAuPlanning()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var premier = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(lieu.StructureId!.Value, "c1"));
        using var second = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(lieu.StructureId!.Value, "c2"));
        var (fichePremier, etagPremier) = await premier.LireFicheAsync(lieu.Identifiant);
        var (ficheSecond, etagSecond) = await second.LireFicheAsync(lieu.Identifiant);
        fichePremier["services"]![0]!["personnesAideesParAn"] = 120;
        ficheSecond["services"]![0]!["creneaux"] = new System.Text.Json.Nodes.JsonArray();

        using var accepte = await premier.EcrireFicheAsync(lieu.Identifiant, fichePremier, etagPremier);
        using var refuse = await second.EcrireFicheAsync(lieu.Identifiant, ficheSecond, etagSecond);

        accepte.StatusCode.ShouldBe(HttpStatusCode.OK);
        refuse.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await refuse.JsonAsync()).GetProperty("modifications").EnumerateArray().ShouldHaveSingleItem().GetProperty("champ").GetString().ShouldBe("services");
        var service = (await second.LireFicheAsync(lieu.Identifiant)).Fiche["services"]![0]!;
        service["personnesAideesParAn"]!.GetValue<int>().ShouldBe(120);
        service["creneaux"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Modifier_ValeursInvalides_Renvoie400AvecUnMessageFrancaisParChamp()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);
        fiche["telephone"] = "pas un numéro";
        fiche["pivot"] = "123";
        fiche["courriels"] = new System.Text.Json.Nodes.JsonArray("pas-une-adresse");
        fiche["fraisACharge"] = new System.Text.Json.Nodes.JsonArray("Hors de prix");
        fiche["adresse"]!["codeInsee"] = "ABCDE";
        fiche["priseRdv"] = "ftp://rdv";

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var erreurs = (await reponse.JsonAsync()).GetProperty("errors");
        erreurs.GetProperty("telephone")[0].GetString()!.ShouldContain("format international");
        erreurs.GetProperty("pivot")[0].GetString()!.ShouldContain("SIRET");
        erreurs.GetProperty("courriels")[0].GetString()!.ShouldContain("adresse électronique");
        erreurs.GetProperty("fraisACharge")[0].GetString()!.ShouldContain("vocabulaire");
        erreurs.GetProperty("codeInsee")[0].GetString()!.ShouldContain("code INSEE");
        erreurs.GetProperty("priseRdv")[0].GetString()!.ShouldContain("adresse web");
        (await client.LireFicheAsync(lieu.Identifiant)).Etag.Tag.ShouldBe(etag.Tag);
    }

    [Fact]
    public async Task Modifier_ContributeurDUneAutreStructure_Renvoie202EtCreeUneProposition()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.AutreStructure));
        var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);
        fiche["nom"] = "Nom proposé";

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);

        reponse.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await reponse.JsonAsync()).GetProperty("id").GetInt32();
        var proposition = await fixture.App.AvecBaseAsync(db => db.Propositions.SingleAsync(p => p.Id == id));
        proposition.LireChamps().ShouldBe(new Dictionary<string, string?> { ["nom"] = "Nom proposé" });
        proposition.EpciSiren.ShouldBe(fixture.EpciRennes);
        proposition.Statut.ShouldBe(StatutModeration.AModerer);
        (await client.LireFicheAsync(lieu.Identifiant)).Fiche["nom"]!.GetValue<string>().ShouldBe(lieu.Nom);
    }

    [Fact]
    public async Task Modifier_ServicesEtCreneaux_EnregistreLePlanningEtLHistorique()
    {
        var lieu = await fixture.CreerLieuAsync();
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(lieu.StructureId!.Value));
        var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);
        var service = fiche["services"]![0]!;
        service["creneaux"] = JsonSerializer.SerializeToNode(new[]
        {
            new { jour = "lundi", frequence = "SemainesPaires", precision = (string?)null, ouverture = "09:00", fermeture = "17:00", pauseDebut = "12:00", pauseFin = "13:30" },
        });
        service["heuresParSemaine"] = null;

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);
        var historique = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lieux/{lieu.Identifiant}/historique");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ecrit = (await reponse.JsonAsync()).GetProperty("services")[0];
        ecrit.GetProperty("creneaux").GetArrayLength().ShouldBe(1);
        ecrit.GetProperty("heuresParSemaine").GetDouble().ShouldBe(3.25);
        var derniere = historique.GetProperty("modifications")[0];
        derniere.GetProperty("source").GetString().ShouldBe("formulaire");
        derniere.GetProperty("role").GetString().ShouldBe("contributeur");
        var changement = derniere.GetProperty("changements").EnumerateArray().ShouldHaveSingleItem();
        changement.GetProperty("libelle").GetString().ShouldBe("Services");
        changement.GetProperty("avant").GetString()!.ShouldContain("mardi");
        changement.GetProperty("apres").GetString()!.ShouldContain("SemainesPaires");
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class ModifierLieuApiSqliteTests(ContributionsSqlite fixture) : ModifierLieuApiTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class ModifierLieuApiPostgresTests(ContributionsPostgres fixture) : ModifierLieuApiTests(fixture);
