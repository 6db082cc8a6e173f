using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record VueJournee(
    string Siren,
    string NomEpci,
    JourneeCollaborative Journee,
    IReadOnlyList<ParticipantJournee> Participants,
    Repartition<ParticipantJournee> Groupes,
    IReadOnlyDictionary<int, int> GroupeDe,
    int? JoursAvant,
    bool PreavisInsuffisant,
    IReadOnlyList<FicheRemplie>? FichesDuJour,
    DateOnly Aujourdhui)
{
    public bool Passee => Journee.Date is { } d && d <= Aujourdhui;
}

/// <summary>Everything the collaborative day planner and its printed sheets show, computed from the database and the referential.</summary>
public sealed class ConsulterJournee(PortreaDbContext db, ReferentielDemarche referentiel, TimeProvider horloge)
{
    public async Task<VueJournee?> ConsulterAsync(string siren, CancellationToken ct)
    {
        var epci = await db.Epcis.AsNoTracking().Where(e => e.Siren == siren).Select(e => new { e.Siren, e.Nom }).SingleOrDefaultAsync(ct);
        if (epci is null)
        {
            return null;
        }

        var journee = await db.JourneesCollaboratives.AsNoTracking().SingleOrDefaultAsync(j => j.EpciSiren == siren, ct)
            ?? new JourneeCollaborative { EpciSiren = siren };
        var participants = (await db.ParticipantsJournees.AsNoTracking().Where(p => p.EpciSiren == siren).ToListAsync(ct))
            .OrderBy(p => p.Structure, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Nom, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id).ToList();
        var groupes = RepartirGroupes.Repartir(participants, p => p.Structure, p => p.Id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), referentiel.TailleGroupes);
        var groupeDe = groupes.Groupes.SelectMany((g, i) => g.Select(p => (p.Id, Numero: i + 1))).ToDictionary(x => x.Id, x => x.Numero);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        int? joursAvant = journee.Date is { } d ? d.DayNumber - aujourdhui.DayNumber : null;
        var fiches = journee.Date is { } jour && jour <= aujourdhui ? await FichesRempliesLeJour.ListerAsync(db, siren, jour, ct) : null;
        return new VueJournee(epci.Siren, epci.Nom, journee, participants, groupes, groupeDe, joursAvant,
            joursAvant is >= 0 && joursAvant < referentiel.PreavisMinimumJours, fiches, aujourdhui);
    }
}
