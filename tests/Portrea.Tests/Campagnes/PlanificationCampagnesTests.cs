using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Campagnes;

/// <summary>
/// The scheduler and the launch, straight on the use cases: crash midway then two instances at once, a calendar date
/// missed while the application was down, reminders, expiry. The background passes are slowed down (one an hour) so
/// that the test drives every step.
/// </summary>
public sealed class PlanificationCampagnesTests
{
    private static Dictionary<string, string?> Reglages => new(Infrastructure.Comptes.SansAmorcage) { ["Portrea:Campagnes:IntervalleSecondes"] = "3600" };

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Lancer_ArretApresDeuxEnvoisPuisDeuxInstancesEnMemeTemps_EcritUneSeuleFoisAChaqueContact(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var premiere = new PortreaApplication(baseDeTest, Reglages);
        await using var seconde = new PortreaApplication(baseDeTest, Reglages);
        premiere.CreateClient().Dispose();
        seconde.CreateClient().Dispose();
        var territoire = await TerritoireCampagne.CreerAsync(premiere, avecAdresse: 6, sansAdresse: 1);
        var id = await territoire.CreerCampagneAsync(premiere);

        // The first instance launches, queues two e-mails and dies (nothing more runs in its scope).
        await premiere.AvecServicesAsync(async services =>
        {
            var lancer = services.GetRequiredService<LancerCampagne>();
            (await lancer.DemarrerAsync(id, CancellationToken.None)).ShouldBeTrue();
            (await lancer.EnvoyerAsync(id, 2, CancellationToken.None)).ShouldBe(2);
        });

        // Both instances resume at the same time, twice each; and a second launch is refused.
        var passes = await Task.WhenAll(
            PasserAsync(premiere), PasserAsync(seconde), PasserAsync(premiere), PasserAsync(seconde));
        var relance = await premiere.AvecAsync<LancerCampagne, bool>(l => l.DemarrerAsync(id, CancellationToken.None));

        relance.ShouldBeFalse();
        passes.Sum().ShouldBe(4);
        await premiere.AvecBaseAsync(async db =>
        {
            var destinataires = await db.DestinatairesCampagnes.Where(d => d.CampagneId == id).ToListAsync();
            destinataires.Select(d => d.Courriel).ShouldBe(territoire.Courriels, ignoreOrder: true);
            var envois = await db.EnvoisCampagnes.Where(e => destinataires.Select(d => d.Id).Contains(e.DestinataireId)).ToListAsync();
            envois.Count.ShouldBe(6);
            envois.ShouldAllBe(e => e.Rang == 0);
            var messages = await db.MessagesSortants.Where(m => territoire.Courriels.Contains(m.Destinataire)).ToListAsync();
            messages.GroupBy(m => m.Destinataire).ShouldAllBe(g => g.Count() == 1);
            messages.Count.ShouldBe(6);
            var historique = await db.ModificationsLieux.Where(m => territoire.Lieux.Contains(m.LieuId) && m.Evenement == EvenementsLieu.EnvoiCampagne).CountAsync();
            historique.ShouldBe(6);
            (await db.DestinatairesCampagnes.AnyAsync(d => territoire.LieuxSansAdresse.Contains(d.LieuId))).ShouldBeFalse();
            return 0;
        });
    }

    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Planifier_DateDuCalendrierPasseePendantUnArret_LanceAuRetourPuisRelanceEtExpire(Moteur moteur)
    {
        var horloge = new HorlogeReglable();
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Reglages) { RemplacerServices = s => s.AddSingleton<TimeProvider>(horloge) };
        app.CreateClient().Dispose();
        var territoire = await TerritoireCampagne.CreerAsync(app, avecAdresse: 3);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        var date = aujourdhui.AddDays(-3);
        await app.AvecBaseAsync(async db =>
        {
            // Active since before the date, but the application was down on that day.
            db.CalendriersCampagnes.Add(new CalendrierCampagnes
            {
                EpciSiren = territoire.Siren,
                Dates = DatesCalendrier.Ecrire([(date.Month, date.Day)]),
                DureeJours = 30,
                DelaisRelances = "10|20",
                Actif = true,
                ActifDepuis = aujourdhui.AddDays(-20),
                AdresseBase = "http://portrea.test",
                ModifieLe = horloge.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

        var envoyes = await PasserAsync(app);
        var encore = await PasserAsync(app);

        envoyes.ShouldBe(3);
        encore.ShouldBe(0);
        var campagne = await app.AvecBaseAsync(db => db.Campagnes.SingleAsync(c => c.EpciSiren == territoire.Siren));
        campagne.DateCalendrier.ShouldBe(date);
        campagne.Statut.ShouldBe(StatutCampagne.EnCours);
        campagne.Fin.ShouldBe(date.AddDays(29));

        // One place answers and one address bounced: only the last one gets the first reminder on day 10, then the second one on day 20.
        var destinataires = await app.AvecBaseAsync(db => db.DestinatairesCampagnes.Where(d => d.CampagneId == campagne.Id).OrderBy(d => d.Id).ToListAsync());
        var (repondu, refuse) = (destinataires[0].Id, destinataires[2].Id);
        await app.AvecBaseAsync(db => db.DestinatairesCampagnes.Where(d => d.Id == repondu).ExecuteUpdateAsync(s => s.SetProperty(d => d.ConfirmeLe, horloge.GetUtcNow())));
        await app.AvecBaseAsync(db => db.MessagesSortants.Where(m => db.EnvoisCampagnes.Any(e => e.MessageSortantId == m.Id && e.DestinataireId == refuse))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RefuseLe, DateTime.UtcNow)));
        var lien = await Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(baseDeTest), destinataires[1].Courriel);
        var secret = lien.Split('/')[^1];
        (await LireLienAsync(app, secret)).ShouldBe(EtatLien.Valide);
        horloge.Avancer(TimeSpan.FromDays(10));
        (await PasserAsync(app)).ShouldBe(1);
        (await PasserAsync(app)).ShouldBe(0);
        horloge.Avancer(TimeSpan.FromDays(10));
        (await PasserAsync(app)).ShouldBe(1);
        var rangs = await app.AvecBaseAsync(db => db.EnvoisCampagnes.Where(e => db.DestinatairesCampagnes.Any(d => d.Id == e.DestinataireId && d.CampagneId == campagne.Id))
            .GroupBy(e => e.Rang).Select(g => new { g.Key, Nombre = g.Count() }).OrderBy(g => g.Key).ToListAsync());
        rangs.Select(r => (r.Key, r.Nombre)).ShouldBe([(0, 3), (1, 1), (2, 1)]);

        // Past the end: the campaign closes and its links open nothing.
        horloge.Avancer(TimeSpan.FromDays(15));
        (await PasserAsync(app)).ShouldBe(0);
        (await app.AvecBaseAsync(db => db.Campagnes.Where(c => c.Id == campagne.Id).Select(c => c.Statut).SingleAsync())).ShouldBe(StatutCampagne.Terminee);
        (await app.AvecBaseAsync(db => db.Campagnes.CountAsync(c => c.EpciSiren == territoire.Siren))).ShouldBe(1);
        (await LireLienAsync(app, secret)).ShouldBe(EtatLien.Expire);
    }

    private static async Task<EtatLien> LireLienAsync(PortreaApplication app, string secret) =>
        (await app.AvecAsync<RepondreCampagne, LienCampagne>(r => r.LireAsync(Uri.UnescapeDataString(secret), CancellationToken.None))).Etat;

    private static Task<int> PasserAsync(PortreaApplication app) => app.AvecAsync<PlanifierCampagnes, int>(p => p.ExecuterAsync(CancellationToken.None));
}
