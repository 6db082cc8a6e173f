using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

/// <summary>Rights of access and erasure of a place contact: everything about them, nothing about others, only in the referent's EPCIs.</summary>
public abstract class DonneesPersonnellesContactsTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Exporter_ParReferentDuLieu_DonneLaPersonneSansLesAutresContactsEtRienAilleurs()
    {
        var (lieu, email, nom) = await PersonneAsync();
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));
        using var autreReferent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc));
        using var contributeur = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(lieu.StructureId!.Value));

        using var reponse = await referent.GetAsync($"/api/v1/donnees-personnelles?email={Uri.EscapeDataString(email.ToUpperInvariant())}");
        using var parNom = await referent.GetAsync($"/api/v1/donnees-personnelles?nom={Uri.EscapeDataString(nom.ToLowerInvariant().Replace('é', 'e'))}");
        using var ailleurs = await autreReferent.GetAsync($"/api/v1/donnees-personnelles?email={Uri.EscapeDataString(email)}");
        using var refuse = await contributeur.GetAsync($"/api/v1/donnees-personnelles?email={Uri.EscapeDataString(email)}");
        using var sansCritere = await referent.GetAsync("/api/v1/donnees-personnelles");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith($"donnees-personnelles-dominique-{lieu.Identifiant[5..]}-example-org-");
        var texte = await reponse.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(texte).RootElement;
        var contact = json.GetProperty("contacts").EnumerateArray().ShouldHaveSingleItem();
        contact.GetProperty("nom").GetString().ShouldBe(nom);
        contact.GetProperty("telephone").GetString().ShouldBe("+33299654321");
        contact.GetProperty("publicationAcceptee").GetBoolean().ShouldBeFalse();
        contact.GetProperty("lieu").GetString().ShouldBe(lieu.Identifiant);
        json.GetProperty("historique").GetArrayLength().ShouldBe(2);
        var proposition = json.GetProperty("propositions").EnumerateArray().ShouldHaveSingleItem();
        proposition.GetProperty("message").GetString().ShouldBe("Bonjour, je suis " + nom);
        texte.ShouldNotContain("camille.prive@example.org");
        texte.ShouldNotContain("Accueil");
        (await parNom.Content.ReadAsStringAsync()).ShouldContain(email);
        ailleurs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refuse.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        sansCritere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sansCritere.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Indiquez l'adresse électronique ou le nom de la personne.");
    }

    [Fact]
    public async Task Effacer_DepuisLaPage_RetireLeContactMasqueLHistoriqueEtGardeLaTraceSansLesValeurs()
    {
        var (lieu, email, nom) = await PersonneAsync();
        var referent = UtilisateurDeTest.Referent(fixture.EpciRennes, "referent-effacement");
        await fixture.App.JetonPourAsync(referent);
        using var page = fixture.App.CreateClient();
        (await page.ConnecterAsync(referent.Email)).Dispose();
        var champs = new Dictionary<string, string> { ["Email"] = email, ["Nom"] = "" };
        var adresse = $"/admin/donnees-personnelles?email={Uri.EscapeDataString(email)}";
        var recherche = WebUtility.HtmlDecode(await page.GetStringAsync(adresse));

        using var sansConfirmation = await page.SoumettreAsync(adresse, champs, "/admin/donnees-personnelles?handler=Effacer");
        var versionAvant = await fixture.App.AvecBaseAsync(db => db.Lieux.Where(l => l.Id == lieu.Id).Select(l => l.Version).SingleAsync());
        using var effacement = await page.SoumettreAsync(adresse,
            new Dictionary<string, string>(champs) { ["Confirmation"] = "true" }, "/admin/donnees-personnelles?handler=Effacer");

        recherche.ShouldContain(nom);
        recherche.ShouldContain("Télécharger toutes ses données");
        WebUtility.HtmlDecode(await sansConfirmation.Content.ReadAsStringAsync()).ShouldContain("Cochez la confirmation");
        versionAvant.ShouldBe(lieu.Version + 2);
        WebUtility.HtmlDecode(await effacement.Content.ReadAsStringAsync()).ShouldContain($"Données de « {email} » effacées : 1 contact(s) retiré(s) de 1 fiche(s), 2 entrée(s) d'historique");
        var (contacts, historique, proposition, version) = await fixture.App.AvecBaseAsync(async db => (
            await db.Set<ContactLieu>().Where(c => c.LieuId == lieu.Id).Select(c => c.Nom).ToListAsync(),
            await db.ModificationsLieux.Where(m => m.LieuId == lieu.Id).OrderBy(m => m.Version).ToListAsync(),
            await db.Propositions.SingleAsync(p => p.LieuId == lieu.Id),
            await db.Lieux.Where(l => l.Id == lieu.Id).Select(l => l.Version).SingleAsync()));
        contacts.ShouldBe(["Accueil", "Camille Privé"], ignoreOrder: true);
        version.ShouldBe(lieu.Version + 3);
        historique.Count.ShouldBe(3);
        historique.ShouldAllBe(m => !m.Changements.Contains("dominique", StringComparison.OrdinalIgnoreCase) && !m.Changements.Contains("654321"));
        historique[0].Changements.ShouldContain("contact effac");
        historique[2].Source.ShouldBe(SourceModification.Effacement);
        historique[2].Role.ShouldBe("referent");
        historique[2].LireChangements().ShouldHaveSingleItem().Champ.ShouldBe(ChampsLieu.Contacts);
        proposition.Courriel.ShouldBeNull();
        using var api = fixture.App.ClientPour(referent);
        using var apres = await api.GetAsync($"/api/v1/donnees-personnelles?email={Uri.EscapeDataString(email)}");
        apres.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pageHistorique = WebUtility.HtmlDecode(await page.GetStringAsync($"/lieux/{lieu.Identifiant}/historique"));
        pageHistorique.ShouldContain("Effacement de données personnelles à la demande de la personne");
        pageHistorique.ShouldContain("(contact effacé à sa demande)");
        pageHistorique.ShouldNotContain(nom);

        // Restoring the version that held the person brings back the sheet, not the person.
        using var restauration = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/lieux/{lieu.Identifiant}/restaurations")
        {
            Content = JsonContent.Create(new { version = lieu.Version + 1 }),
        };
        restauration.Headers.TryAddWithoutValidation("If-Match", $"\"lieu-{version}\"");
        using var restaure = await api.SendAsync(restauration);
        restaure.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.App.AvecBaseAsync(db => db.Set<ContactLieu>().Where(c => c.LieuId == lieu.Id).Select(c => c.Nom).ToListAsync()))
            .ShouldBe(["Accueil", "Camille Privé"], ignoreOrder: true);
    }

    [Fact]
    public async Task Effacer_ParReferentDUnAutreEpci_NeTrouveRienEtNEfaceRien()
    {
        var (lieu, email, _) = await PersonneAsync();
        using var autreReferent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc));

        using var reponse = await autreReferent.PostAsJsonAsync("/api/v1/donnees-personnelles/effacement", new { email });

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.App.AvecBaseAsync(db => db.Set<ContactLieu>().CountAsync(c => c.Courriel == email))).ShouldBe(1);
        (await fixture.App.AvecBaseAsync(db => db.Propositions.SingleAsync(p => p.LieuId == lieu.Id))).Courriel.ShouldBe(email);
    }

    /// <summary>A place of Rennes where a person was added as a private contact, then had their phone changed, and proposed a change with their address.</summary>
    private async Task<(Lieu Lieu, string Email, string Nom)> PersonneAsync()
    {
        var lieu = await fixture.CreerLieuAsync();
        var suffixe = lieu.Identifiant[5..];
        var email = $"dominique.{suffixe}@example.org";
        var nom = $"Dominique Lé {suffixe}";
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var (fiche, etag) = await admin.LireFicheAsync(lieu.Identifiant);
        fiche["contacts"]!.AsArray().Add(new JsonObject { ["nom"] = nom, ["fonction"] = "Animatrice", ["telephone"] = "02 99 12 34 56", ["courriel"] = email, ["public"] = false });
        using (var ajout = await admin.EcrireFicheAsync(lieu.Identifiant, fiche, etag))
        {
            ajout.StatusCode.ShouldBe(HttpStatusCode.OK, await ajout.Content.ReadAsStringAsync());
        }

        (fiche, etag) = await admin.LireFicheAsync(lieu.Identifiant);
        fiche["contacts"]!.AsArray().Single(c => c!["courriel"]?.GetValue<string>() == email)!["telephone"] = "02 99 65 43 21";
        using (var modification = await admin.EcrireFicheAsync(lieu.Identifiant, fiche, etag))
        {
            modification.StatusCode.ShouldBe(HttpStatusCode.OK, await modification.Content.ReadAsStringAsync());
        }

        using var anonyme = fixture.App.ClientPour(null);
        using var proposition = await anonyme.PostAsJsonAsync($"/api/v1/lieux/{lieu.Identifiant}/propositions",
            new { champs = new { presentationResume = "Nouvelle présentation " + suffixe }, message = "Bonjour, je suis " + nom, email });
        proposition.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (lieu, email, nom);
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class DonneesPersonnellesContactsSqliteTests(ContributionsSqlite fixture) : DonneesPersonnellesContactsTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class DonneesPersonnellesContactsPostgresTests(ContributionsPostgres fixture) : DonneesPersonnellesContactsTests(fixture);
