using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Ressources;
using Portrea.Tests.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Ressources;

/// <summary>Publishing and booking shared slots through the API, on both engines, with real accounts and a real race.</summary>
public abstract class ReservationsApiTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Reserver_CreneauPublie_201PuisLeSecondPartenaireRecoit409EnFrancais()
    {
        var (reseau, hote, invite) = await PreparerAsync();
        using var publieur = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(hote.StructureId!.Value));
        using var premier = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(invite.StructureId!.Value));
        using var second = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));

        var id = await PublierAsync(publieur, hote.Identifiant, "Salle polyvalente", ReseauDeTest.Heure(10, 9), ReseauDeTest.Heure(10, 12));
        using var reponse = await premier.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = invite.StructureId.Value.ToString(), objet = "Permanence démarches CAF" });
        using var refus = await second.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = hote.StructureId.Value.ToString(), objet = "Atelier" });

        reponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        refus.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        refus.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refus.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("déjà réservé", Case.Insensitive);
        var reservation = await fixture.App.AvecBaseAsync(db => db.Reservations.AsNoTracking().SingleAsync(r => r.DisponibiliteId == id));
        reservation.StructureId.ShouldBe(invite.StructureId.Value);
        reservation.Objet.ShouldBe("Permanence démarches CAF");

        using var anonyme = fixture.App.ClientPour(null);
        var fiche = WebUtility.HtmlDecode(await anonyme.GetStringAsync($"/lieux/{hote.Identifiant}"));
        fiche.ShouldContain("Permanence démarches CAF");
        fiche.ShouldContain(await NomStructureAsync(invite.StructureId.Value));
        var calendrier = WebUtility.HtmlDecode(await premier.GetStringAsync($"/reseaux/{reseau.Id}/calendrier?semaine={DateTime.Today.AddDays(10):yyyy-MM-dd}"));
        calendrier.ShouldContain("Permanence démarches CAF");
        calendrier.ShouldContain("1 demi-journée réservée sur 1 disponible");
    }

    [Fact]
    public async Task Reserver_DixPartenairesAuMemeInstant_UnSeul201EtLesAutres409()
    {
        var (_, hote, _) = await PreparerAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var id = await PublierAsync(admin, hote.Identifiant, "Bureau 2", ReseauDeTest.Heure(12, 14), ReseauDeTest.Heure(12, 17));
        var clients = Enumerable.Range(0, 10).Select(i => fixture.App.ClientPour(UtilisateurDeTest.Administrateur($"course-{i}"))).ToList();
        using var depart = new SemaphoreSlim(0);

        var taches = clients.Select(async (client, i) =>
        {
            await depart.WaitAsync();
            using var reponse = await client.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = hote.StructureId!.Value.ToString(), objet = $"Course {i}" });
            return reponse.StatusCode;
        }).ToList();
        depart.Release(clients.Count);
        var statuts = await Task.WhenAll(taches);
        clients.ForEach(c => c.Dispose());

        statuts.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        statuts.Count(s => s == HttpStatusCode.Conflict).ShouldBe(clients.Count - 1);
        (await fixture.App.AvecBaseAsync(db => db.Reservations.CountAsync(r => r.DisponibiliteId == id))).ShouldBe(1);
    }

    [Theory]
    [InlineData("{pas du json", "objet JSON")]
    [InlineData("""{"salle": "Salle A", "debut": "2030-01-07T09:00", "fin": "2030-01-07T12:00"}""", "Indiquez le lieu")]
    [InlineData("""{"lieu": "@lieu", "debut": "2030-01-07T09:00", "fin": "2030-01-07T12:00"}""", "salle")]
    [InlineData("""{"lieu": "@lieu", "salle": "Salle A", "debut": "lundi matin", "fin": "2030-01-07T12:00"}""", "format ISO")]
    [InlineData("""{"lieu": "@lieu", "salle": "Salle A", "debut": "2030-01-07T12:00", "fin": "2030-01-07T09:00"}""", "au moins 30 minutes")]
    [InlineData("""{"lieu": "@lieu", "salle": "Salle A", "debut": "2030-01-07T09:00", "fin": "2030-01-08T12:00"}""", "même jour")]
    [InlineData("""{"lieu": "@lieu", "salle": "Salle A", "debut": "2020-01-07T09:00", "fin": "2020-01-07T12:00"}""", "passé")]
    [InlineData("""{"lieu": "@lieu", "salle": "Salle A", "debut": "2030-03-31T02:15", "fin": "2030-03-31T04:00"}""", "heure d'été")]
    public async Task Publier_CorpsInvalide_400EnFrancaisEtRienNEstEcrit(string corps, string attendu)
    {
        var (_, hote, _) = await PreparerAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var reponse = await admin.PostAsync("/api/v1/ressources/disponibilites",
            new StringContent(corps.Replace("@lieu", hote.Identifiant, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        reponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var probleme = await reponse.JsonAsync();
        probleme.GetProperty("title").GetString().ShouldBe("Requête invalide");
        probleme.GetProperty("detail").GetString()!.ShouldContain(attendu);
        (await fixture.App.AvecBaseAsync(db => db.Disponibilites.CountAsync(d => d.LieuId == hote.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Publier_LieuHorsReseauOuCreneauChevauchant_400Puis409()
    {
        var (_, hote, _) = await PreparerAsync();
        var isole = await fixture.CreerLieuAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        using var horsReseau = await admin.PostAsJsonAsync("/api/v1/ressources/disponibilites", new { lieu = isole.Identifiant, salle = "A", debut = ReseauDeTest.Heure(5, 9), fin = ReseauDeTest.Heure(5, 12) });
        await PublierAsync(admin, hote.Identifiant, "Salle A", ReseauDeTest.Heure(5, 9), ReseauDeTest.Heure(5, 12));
        using var chevauchant = await admin.PostAsJsonAsync("/api/v1/ressources/disponibilites", new { lieu = hote.Identifiant, salle = "salle a", debut = ReseauDeTest.Heure(5, 11), fin = ReseauDeTest.Heure(5, 13) });
        using var autreSalle = await admin.PostAsJsonAsync("/api/v1/ressources/disponibilites", new { lieu = hote.Identifiant, salle = "Salle B", debut = ReseauDeTest.Heure(5, 11), fin = ReseauDeTest.Heure(5, 13) });

        horsReseau.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await horsReseau.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("aucun réseau");
        chevauchant.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        autreSalle.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Reserver_StructureNonPartenaireOuObjetVide_400SansEcriture()
    {
        var (_, hote, _) = await PreparerAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var id = await PublierAsync(admin, hote.Identifiant, "Salle C", ReseauDeTest.Heure(6, 9), ReseauDeTest.Heure(6, 12));

        using var inconnue = await admin.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = "Structure inconnue", objet = "Atelier" });
        using var sansObjet = await admin.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = await NomStructureAsync(hote.StructureId!.Value), objet = " " });
        using var introuvable = await admin.PostAsJsonAsync("/api/v1/ressources/disponibilites/999999/reservations", new { structure = "1", objet = "Atelier" });

        inconnue.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inconnue.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("n'est pas partenaire");
        sansObjet.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sansObjet.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("objet");
        introuvable.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.App.AvecBaseAsync(db => db.Reservations.CountAsync(r => r.DisponibiliteId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task PublierRecurrence_MardisAvecException_UnCreneauParMardiSaufLException()
    {
        var (_, hote, _) = await PreparerAsync();
        var principal = await fixture.App.PrincipalAsync(UtilisateurDeTest.Contributeur(hote.StructureId!.Value));
        var du = DateOnly.FromDateTime(DateTime.Today.AddDays(1));
        var mardis = Enumerable.Range(0, 70).Select(du.AddDays).Where(d => d.DayOfWeek == DayOfWeek.Tuesday && !Portrea.Core.Lieux.Horaires.JoursFeries.EstFerie(d)).ToList();
        var exception = mardis[2];

        var resultat = await Avec<PublierDisponibilite, ResultatRessource>(p => p.PublierRecurrenceAsync(
            new DemandeRecurrence(hote.Identifiant, "Salle du mardi", DayOfWeek.Tuesday, 14 * 60, 17 * 60, du, du.AddDays(69), [exception]), principal, CancellationToken.None));
        var encore = await Avec<PublierDisponibilite, ResultatRessource>(p => p.PublierRecurrenceAsync(
            new DemandeRecurrence(hote.Identifiant, "Salle du mardi", DayOfWeek.Tuesday, 15 * 60, 18 * 60, du, du.AddDays(69), []), principal, CancellationToken.None));

        resultat.Statut.ShouldBe(StatutRessource.Cree);
        var jours = await fixture.App.AvecBaseAsync(db => db.Disponibilites.Where(d => d.LieuId == hote.Id && d.RecurrenceId == resultat.Id).Select(d => d.Jour).ToListAsync());
        jours.Order().ShouldBe(mardis.Where(d => d != exception));
        // Publishing an overlapping recurrence again leaves the published days alone and fills only the free one.
        encore.Statut.ShouldBe(StatutRessource.Cree);
        (await fixture.App.AvecBaseAsync(db => db.Disponibilites.Where(d => d.RecurrenceId == encore.Id).Select(d => d.Jour).ToListAsync())).ShouldBe([exception]);
    }

    [Fact]
    public async Task ExporterBudget_ContributionsDeclarees_ClasseurAvecSyntheseEtNomDeFichierFrancais()
    {
        var (reseau, hote, invite) = await PreparerAsync();
        var principal = await fixture.App.PrincipalAsync(UtilisateurDeTest.Referent(fixture.EpciRennes));
        foreach (var demande in new[]
        {
            new DemandeContribution(reseau.Id, hote.StructureId!.Value, 2026, AxeReseau.DemarchesAccompagnees, NatureContribution.Temps, 1.5m, null),
            new DemandeContribution(reseau.Id, invite.StructureId!.Value, 2026, AxeReseau.AccesLibre, NatureContribution.Equipement, 2500m, "Bornes"),
        })
        {
            (await Avec<DeclarerContribution, ResultatRessource>(d => d.DeclarerAsync(demande, principal, CancellationToken.None))).Statut.ShouldBe(StatutRessource.Cree);
        }

        var autre = await Avec<DeclarerContribution, ResultatRessource>(d => d.DeclarerAsync(
            new DemandeContribution(reseau.Id, fixture.AutreStructure, 2026, AxeReseau.AccesLibre, NatureContribution.Financement, 10m, null), principal, CancellationToken.None));
        using var client = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(invite.StructureId.Value));

        using var reponse = await client.GetAsync($"/reseaux/{reseau.Id}/budget.xlsx?annee=2026");

        autre.Statut.ShouldBe(StatutRessource.Interdit);
        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"budget-commun-{DefinirSocle.Code(reseau.Nom)}-2026.xlsx");
        using var classeur = SpreadsheetDocument.Open(new MemoryStream(await reponse.Content.ReadAsByteArrayAsync()), false);
        var partie = classeur.WorkbookPart!;
        partie.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldBe(["Synthèse", "Contributions"]);
        var synthese = ((WorksheetPart)partie.GetPartById(partie.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet.Descendants<Row>().ToList();
        var total = synthese.Last().Elements<Cell>().ToList();
        total[0].InnerText.ShouldBe("Total");
        total[7].CellValue!.Text.ShouldBe("1.5");
        total[8].CellValue!.Text.ShouldBe("2500");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/reseaux/{reseau.Id}/budget?annee=2026")).Replace('\u202f', ' ').Replace('\u00a0', ' ');
        page.ShouldContain("2 500 €");
        page.ShouldContain("1,5 ETP");
    }

    private async Task<(Reseau Reseau, Core.Lieux.Lieu Hote, Core.Lieux.Lieu Invite)> PreparerAsync()
    {
        var hote = await fixture.CreerLieuAsync();
        var invite = await fixture.CreerLieuAsync();
        return (await ReseauDeTest.CreerAsync(fixture, [hote, invite]), hote, invite);
    }

    private static async Task<int> PublierAsync(HttpClient client, string lieu, string salle, string debut, string fin)
    {
        using var reponse = await client.PostAsJsonAsync("/api/v1/ressources/disponibilites", new { lieu, salle, debut, fin });
        reponse.StatusCode.ShouldBe(HttpStatusCode.Created, await reponse.Content.ReadAsStringAsync());
        return (await reponse.JsonAsync()).GetProperty("id").GetInt32();
    }

    private Task<string> NomStructureAsync(int id) => fixture.App.AvecBaseAsync(db => db.Structures.Where(s => s.Id == id).Select(s => s.Nom).SingleAsync());

    private async Task<TResultat> Avec<TService, TResultat>(Func<TService, Task<TResultat>> action)
        where TService : notnull
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class ReservationsApiSqliteTests(ContributionsSqlite fixture) : ReservationsApiTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class ReservationsApiPostgresTests(ContributionsPostgres fixture) : ReservationsApiTests(fixture);
