using Microsoft.EntityFrameworkCore;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record LigneTableauDeBord(
    string Siren,
    string Nom,
    PhaseDemarche? Phase,
    string? Strategie,
    bool EnRetard,
    int Referents,
    int Lieux,
    int? CompletudeMoyenne,
    int? MoisDepuisConfirmationMedian,
    int LieuxConfirmesDansLAnnee,
    int Participants,
    int Presents,
    TauxReponseEpci? Campagne);

public sealed record TableauDeBord(
    IReadOnlyList<LigneTableauDeBord> Lignes,
    IReadOnlyList<(string? Phase, int Nombre)> ParPhase,
    IReadOnlyList<(string? Strategie, int Nombre)> ParStrategie,
    DateOnly Date);

/// <summary>
/// The hub's dashboard: per EPCI its phase and strategy, its places with their completeness and freshness
/// (<see cref="CalculerScores"/>), the response rate of its latest update campaign (<see cref="StatistiquesCampagnes"/>;
/// none when it never launched one), and the people reached (participants listed, and present on the day).
/// </summary>
public sealed class ConstruireTableauDeBord(PortreaDbContext db, ConsulterDemarche consulter)
{
    public async Task<TableauDeBord> ConstruireAsync(CancellationToken ct)
    {
        var aujourdhui = consulter.Aujourdhui;
        var etats = await consulter.ListerAsync(null, ct);
        var epciDeCommune = (await db.EpciMembres.AsNoTracking().Select(m => new { m.CommuneCode, m.EpciSiren }).ToListAsync(ct))
            .GroupBy(m => m.CommuneCode).ToDictionary(g => g.Key, g => g.Min(m => m.EpciSiren)!);
        var lieux = await db.Lieux.AsNoTracking().Include(l => l.Services).Include(l => l.Contacts).AsSplitQuery()
            .Where(l => !l.Brouillon && l.CommuneCode != null).ToListAsync(ct);
        var scores = lieux.Where(l => epciDeCommune.ContainsKey(l.CommuneCode!))
            .Select(l => (Siren: epciDeCommune[l.CommuneCode!], Scores: CalculerScores.Pour(l, aujourdhui)))
            .ToLookup(s => s.Siren, s => s.Scores);
        var participants = (await db.ParticipantsJournees.AsNoTracking().GroupBy(p => p.EpciSiren)
            .Select(g => new { Siren = g.Key, Total = g.Count(), Presents = g.Count(p => p.Present) }).ToListAsync(ct))
            .ToDictionary(p => p.Siren);
        var campagnes = (await StatistiquesCampagnes.TauxReponseParEpciAsync(db, null, ct)).ToDictionary(c => c.EpciSiren);

        var lignes = etats.Select(e =>
        {
            var s = scores[e.Siren].ToList();
            var mois = s.Select(x => x.MoisDepuisConfirmation).Order().ToList();
            var p = participants.GetValueOrDefault(e.Siren);
            return new LigneTableauDeBord(
                e.Siren, e.Nom, e.Phase, e.Strategie, e.Duree?.EnRetard == true, e.Referents.Count, s.Count,
                s.Count == 0 ? null : (int)Math.Round(s.Average(x => x.Completude)),
                mois.Count == 0 ? null : mois[(mois.Count - 1) / 2],
                s.Count(x => x.MoisDepuisConfirmation < 12),
                p?.Total ?? 0,
                p?.Presents ?? 0,
                campagnes.GetValueOrDefault(e.Siren));
        }).ToList();

        var parPhase = new List<(string?, int)> { (null, lignes.Count(l => l.Phase is null)) };
        parPhase.AddRange(Enum.GetValues<PhaseDemarche>().Select(ph => ((string?)ph.Code(), lignes.Count(l => l.Phase == ph))));
        var parStrategie = new List<(string?, int)> { (null, lignes.Count(l => l.Strategie is null)) };
        parStrategie.AddRange(new[] { "generaliste", "outil", "reseau" }.Select(st => ((string?)st, lignes.Count(l => l.Strategie == st))));
        return new TableauDeBord(lignes, parPhase, parStrategie, aujourdhui);
    }
}
