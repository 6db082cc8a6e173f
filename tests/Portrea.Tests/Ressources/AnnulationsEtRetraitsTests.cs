using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Ressources;
using Portrea.Tests.Contributions;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Ressources;

/// <summary>Cancelling bookings and removing free slots through the API, on both engines, with a real race.</summary>
public abstract class AnnulationsEtRetraitsTests(ContributionsFixture fixture)
{
    [Fact]
    public async Task Annuler_ParLePartenaire_204PuisLeCreneauSeReserveDeNouveau()
    {
        var (_, hote, invite) = await PreparerAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        using var partenaire = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(invite.StructureId!.Value, "partenaire-annule"));
        using var etranger = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(fixture.AutreStructure, "etranger-annule"));
        var creneau = await PublierAsync(admin, hote.Identifiant, "Salle annulée", 8);
        var reservation = await ReserverAsync(partenaire, creneau, invite.StructureId.Value, "Permanence annulée");

        using var refus = await etranger.DeleteAsync($"/api/v1/ressources/reservations/{reservation}");
        using var annulation = await partenaire.DeleteAsync($"/api/v1/ressources/reservations/{reservation}");
        using var encore = await partenaire.DeleteAsync($"/api/v1/ressources/reservations/{reservation}");
        var nouvelle = await ReserverAsync(admin, creneau, hote.StructureId!.Value, "Atelier après annulation");

        refus.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        annulation.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        encore.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        encore.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await encore.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("Aucune réservation que vous pouvez annuler");
        var restantes = await fixture.App.AvecBaseAsync(db => db.Reservations.Where(r => r.DisponibiliteId == creneau).Select(r => r.Id).ToListAsync());
        restantes.ShouldBe([nouvelle]);
    }

    [Fact]
    public async Task Retirer_CreneauReserveOuLibre_409EnFrancaisPuis204EtLaReservationReste()
    {
        var (_, hote, invite) = await PreparerAsync();
        using var editeur = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(hote.StructureId!.Value, "editeur-retire"));
        using var partenaire = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(invite.StructureId!.Value, "partenaire-retire"));
        var reserve = await PublierAsync(editeur, hote.Identifiant, "Salle tenue", 9);
        var libre = await PublierAsync(editeur, hote.Identifiant, "Salle libre", 9);
        await ReserverAsync(partenaire, reserve, invite.StructureId.Value, "Atelier tenu");

        using var conflit = await editeur.DeleteAsync($"/api/v1/ressources/disponibilites/{reserve}");
        using var horsLieu = await partenaire.DeleteAsync($"/api/v1/ressources/disponibilites/{libre}");
        using var retrait = await editeur.DeleteAsync($"/api/v1/ressources/disponibilites/{libre}");
        using var inconnu = await editeur.DeleteAsync($"/api/v1/ressources/disponibilites/{libre}");

        conflit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflit.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("Ce créneau vient d'être réservé");
        horsLieu.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        retrait.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        inconnu.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.App.AvecBaseAsync(db => db.Reservations.CountAsync(r => r.DisponibiliteId == reserve))).ShouldBe(1);
        (await fixture.App.AvecBaseAsync(db => db.Disponibilites.AnyAsync(d => d.Id == libre))).ShouldBeFalse();
    }

    [Fact]
    public async Task Retirer_UnJourDUneRecurrence_LesAutresJoursRestent()
    {
        var (_, hote, _) = await PreparerAsync();
        var principal = await fixture.App.PrincipalAsync(UtilisateurDeTest.Referent(fixture.EpciRennes));
        var du = DateOnly.FromDateTime(DateTime.Today.AddDays(1));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var resultat = await scope.ServiceProvider.GetRequiredService<PublierDisponibilite>().PublierRecurrenceAsync(
                new DemandeRecurrence(hote.Identifiant, "Salle du jeudi", DayOfWeek.Thursday, 9 * 60, 12 * 60, du, du.AddDays(27), []), principal, CancellationToken.None);
            resultat.Statut.ShouldBe(StatutRessource.Cree);
        }

        var jours = await fixture.App.AvecBaseAsync(db => db.Disponibilites.Where(d => d.LieuId == hote.Id).OrderBy(d => d.Jour).Select(d => d.Id).ToListAsync());
        using var referent = fixture.App.ClientPour(UtilisateurDeTest.Referent(fixture.EpciRennes));

        using var retrait = await referent.DeleteAsync($"/api/v1/ressources/disponibilites/{jours[1]}");

        retrait.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.App.AvecBaseAsync(db => db.Disponibilites.Where(d => d.LieuId == hote.Id).Select(d => d.Id).ToListAsync()))
            .ShouldBe(jours.Where(j => j != jours[1]), ignoreOrder: true);
    }

    [Fact]
    public async Task RetirerEtReserver_AuMemeInstant_AucuneReservationPerdue()
    {
        var (_, hote, _) = await PreparerAsync();
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var creneaux = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            creneaux.Add(await PublierAsync(admin, hote.Identifiant, $"Salle disputée {i}", 11));
        }

        using var retireur = fixture.App.ClientPour(UtilisateurDeTest.Administrateur("course-retrait"));
        using var reservant = fixture.App.ClientPour(UtilisateurDeTest.Contributeur(hote.StructureId!.Value, "course-reservation"));
        using var depart = new SemaphoreSlim(0);
        var taches = creneaux.Select(async id =>
        {
            await depart.WaitAsync();
            var reserver = reservant.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations", new { structure = hote.StructureId.Value.ToString(), objet = "Course" });
            var retirer = retireur.DeleteAsync($"/api/v1/ressources/disponibilites/{id}");
            using var reservation = await reserver;
            using var retrait = await retirer;
            return (id, reservation.StatusCode, retrait.StatusCode);
        }).ToList();
        depart.Release(creneaux.Count);
        var issues = await Task.WhenAll(taches);

        foreach (var (id, reservation, retrait) in issues)
        {
            var reste = await fixture.App.AvecBaseAsync(db => db.Disponibilites.AnyAsync(d => d.Id == id));
            var reservee = await fixture.App.AvecBaseAsync(db => db.Reservations.AnyAsync(r => r.DisponibiliteId == id));
            if (reservation == HttpStatusCode.Created)
            {
                // The booking won: it is still there, and the removal was refused.
                retrait.ShouldBe(HttpStatusCode.Conflict);
                reste.ShouldBeTrue();
                reservee.ShouldBeTrue();
            }
            else
            {
                reservation.ShouldBe(HttpStatusCode.NotFound);
                retrait.ShouldBe(HttpStatusCode.NoContent);
                reste.ShouldBeFalse();
            }
        }
    }

    private async Task<(Reseau Reseau, Core.Lieux.Lieu Hote, Core.Lieux.Lieu Invite)> PreparerAsync()
    {
        var hote = await fixture.CreerLieuAsync();
        var invite = await fixture.CreerLieuAsync();
        return (await ReseauDeTest.CreerAsync(fixture, [hote, invite]), hote, invite);
    }

    private static async Task<int> PublierAsync(HttpClient client, string lieu, string salle, int jours)
    {
        using var reponse = await client.PostAsJsonAsync("/api/v1/ressources/disponibilites", new { lieu, salle, debut = ReseauDeTest.Heure(jours, 9), fin = ReseauDeTest.Heure(jours, 12) });
        reponse.StatusCode.ShouldBe(HttpStatusCode.Created, await reponse.Content.ReadAsStringAsync());
        return (await reponse.JsonAsync()).GetProperty("id").GetInt32();
    }

    private static async Task<int> ReserverAsync(HttpClient client, int creneau, int structure, string objet)
    {
        using var reponse = await client.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{creneau}/reservations", new { structure = structure.ToString(), objet });
        reponse.StatusCode.ShouldBe(HttpStatusCode.Created, await reponse.Content.ReadAsStringAsync());
        return (await reponse.JsonAsync()).GetProperty("id").GetInt32();
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class AnnulationsEtRetraitsSqliteTests(ContributionsSqlite fixture) : AnnulationsEtRetraitsTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class AnnulationsEtRetraitsPostgresTests(ContributionsPostgres fixture) : AnnulationsEtRetraitsTests(fixture);
