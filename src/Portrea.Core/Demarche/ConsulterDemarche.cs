using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record ReferentDemarche(string UtilisateurId, string Nom, string? Courriel, string? Nature);

public sealed record EtatEpci(
    string Siren,
    string Nom,
    PhaseDemarche? Phase,
    DateOnly? PhaseDepuis,
    string? Strategie,
    IReadOnlyDictionary<string, int> Maturite,
    IReadOnlyList<ReferentDemarche> Referents,
    EtatDuree? Duree,
    string ProchaineEtape)
{
    /// <summary>The recommended pair: at least one institutional and one associative referent.</summary>
    public bool BinomeComplet =>
        Referents.Any(r => r.Nature == NatureReferent.Institutionnel) && Referents.Any(r => r.Nature == NatureReferent.Associatif);
}

/// <summary>
/// Where the method stands in every EPCI (or some): phase and its duration against the observed one, strategy,
/// referents (accounts holding the referent role on the EPCI, with their kind) and the next step from the referential.
/// </summary>
public sealed class ConsulterDemarche(PortreaDbContext db, ReferentielDemarche referentiel, TimeProvider horloge)
{
    public DateOnly Aujourdhui => DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));

    public async Task<IReadOnlyList<EtatEpci>> ListerAsync(IReadOnlyCollection<string>? sirens, CancellationToken ct)
    {
        var epcis = await db.Epcis.AsNoTracking()
            .Where(e => sirens == null || sirens.Contains(e.Siren))
            .OrderBy(e => e.Nom).Select(e => new { e.Siren, e.Nom }).ToListAsync(ct);
        var deploiements = await db.DeploiementsEpci.AsNoTracking()
            .Where(d => sirens == null || sirens.Contains(d.EpciSiren)).ToDictionaryAsync(d => d.EpciSiren, ct);
        var referents = await (
            from a in db.AffectationsRoles.AsNoTracking()
            join u in db.Users.AsNoTracking() on a.UtilisateurId equals u.Id
            where a.Role == RevendicationsPortrea.RoleReferent && a.EpciSiren != null && (sirens == null || sirens.Contains(a.EpciSiren))
            select new { Siren = a.EpciSiren!, u.Id, u.NomAffiche, u.Email }).ToListAsync(ct);
        var natures = await db.NaturesReferents.AsNoTracking()
            .Where(n => sirens == null || sirens.Contains(n.EpciSiren))
            .ToDictionaryAsync(n => (n.EpciSiren, n.UtilisateurId), n => n.Nature, ct);
        var parEpci = referents.ToLookup(r => r.Siren);
        var aujourdhui = Aujourdhui;

        return [.. epcis.Select(e =>
        {
            var d = deploiements.GetValueOrDefault(e.Siren);
            var phase = d?.PhaseActuelle;
            return new EtatEpci(
                e.Siren,
                e.Nom,
                phase,
                d?.PhaseDepuis,
                d?.Strategie,
                d?.LireMaturite() ?? new Dictionary<string, int>(),
                [.. parEpci[e.Siren].DistinctBy(r => r.Id).OrderBy(r => r.NomAffiche)
                    .Select(r => new ReferentDemarche(r.Id, r.NomAffiche.Length > 0 ? r.NomAffiche : r.Email ?? r.Id, r.Email, natures.GetValueOrDefault((e.Siren, r.Id))))],
                DetecterRetard.Calculer(referentiel, phase, d?.PhaseDepuis, aujourdhui),
                phase is null ? "Prendre contact avec l'EPCI et identifier ensemble le ou les référents territoriaux." : referentiel.Phase(phase.Value).ProchaineEtape);
        })];
    }

    public async Task<EtatEpci?> ConsulterAsync(string siren, CancellationToken ct) =>
        (await ListerAsync([siren], ct)).SingleOrDefault();

    public Task<List<TransitionPhase>> HistoriqueAsync(string siren, CancellationToken ct) =>
        db.TransitionsPhases.AsNoTracking().Where(t => t.EpciSiren == siren).OrderByDescending(t => t.Id).ToListAsync(ct);
}
