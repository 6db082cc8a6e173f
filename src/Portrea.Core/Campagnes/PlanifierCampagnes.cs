using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>
/// One pass of the scheduler, from the database only (any instance, at any time, after any stop): creates the campaigns
/// of active calendars whose date has come, launches the planned campaigns whose first day has come (also those due
/// while the application was down), queues the e-mails and reminders of running campaigns, and closes ended ones.
/// </summary>
public sealed class PlanifierCampagnes(PortreaDbContext db, LancerCampagne lancer, IOptions<OptionsCampagnes> options, TimeProvider horloge, ILogger<PlanifierCampagnes> logger)
{
    public async Task<int> ExecuterAsync(CancellationToken ct)
    {
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        await CreerDepuisCalendriersAsync(aujourdhui, ct);

        var dues = await db.Campagnes.AsNoTracking().Where(c => c.Statut == StatutCampagne.Planifiee && c.Debut <= aujourdhui).Select(c => c.Id).ToListAsync(ct);
        foreach (var id in dues)
        {
            await lancer.DemarrerAsync(id, ct);
        }

        await db.Campagnes.Where(c => c.Statut == StatutCampagne.EnCours && c.Fin < aujourdhui)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Statut, StatutCampagne.Terminee), ct);
        var enCours = await db.Campagnes.AsNoTracking().Where(c => c.Statut == StatutCampagne.EnCours).Select(c => c.Id).ToListAsync(ct);
        var envoyes = 0;
        foreach (var id in enCours)
        {
            envoyes += await lancer.EnvoyerAsync(id, Math.Max(1, options.Value.TailleLot), ct);
        }

        return envoyes;
    }

    private async Task CreerDepuisCalendriersAsync(DateOnly aujourdhui, CancellationToken ct)
    {
        var calendriers = await db.CalendriersCampagnes.AsNoTracking().Where(c => c.Actif).ToListAsync(ct);
        foreach (var calendrier in calendriers)
        {
            var date = DatesCalendrier.DerniereEcheance(DatesCalendrier.Lire(calendrier.Dates), aujourdhui);
            var fin = date?.AddDays(calendrier.DureeJours - 1);
            if (date is not { } d || d < calendrier.ActifDepuis || fin < aujourdhui
                || await db.Campagnes.AnyAsync(c => c.EpciSiren == calendrier.EpciSiren && c.DateCalendrier == d, ct))
            {
                continue;
            }

            db.ChangeTracker.Clear();
            db.Campagnes.Add(new Campagne
            {
                EpciSiren = calendrier.EpciSiren,
                Nom = $"Campagne du {d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}",
                Debut = d,
                Fin = fin!.Value,
                Sujet = ModeleCourriel.SujetParDefaut,
                Modele = ModeleCourriel.CorpsParDefaut,
                DelaisRelances = calendrier.DelaisRelances,
                Statut = StatutCampagne.Planifiee,
                DateCalendrier = d,
                AdresseBase = calendrier.AdresseBase,
                CreeLe = horloge.GetUtcNow(),
                CreeParNom = "Calendrier des campagnes",
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e)
            {
                // The unique (EPCI, calendar date) key: another instance created it at the same moment.
                logger.LogInformation(e, "Campagne du {Date} de l'EPCI {Epci} déjà créée ailleurs.", d, calendrier.EpciSiren);
                db.ChangeTracker.Clear();
            }
        }
    }
}
