using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// « Fiches à mettre à jour en priorité » of the EPCIs the referent moderates (all for an administrator): completeness
/// and freshness of each sheet, sortable, with a summary per EPCI.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class AMettreAJourModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    public sealed record LigneFiche(string Identifiant, string Nom, string? Epci, bool Brouillon, ScoresFiche Scores);

    public sealed record ResumeEpci(string Siren, string Nom, int Fiches, int CompletudeMoyenne, int AnciennesDePlusDUnAn);

    public IReadOnlyList<LigneFiche> Fiches { get; private set; } = [];
    public IReadOnlyList<ResumeEpci> Resumes { get; private set; } = [];
    public string Tri { get; private set; } = "priorite";

    public async Task<IActionResult> OnGetAsync(string? tri, CancellationToken ct)
    {
        Tri = tri is "completude" or "fraicheur" or "nom" ? tri : "priorite";
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        var admin = DroitsLieu.EstAdministrateur(User);
        var epcis = DroitsLieu.EpcisReferent(User).ToList();
        var communes = db.EpciMembres.AsNoTracking().Where(m => admin || epcis.Contains(m.EpciSiren));
        var parCommune = (await communes.Select(m => new { m.CommuneCode, m.EpciSiren }).ToListAsync(ct))
            .GroupBy(m => m.CommuneCode).ToDictionary(g => g.Key, g => g.Min(m => m.EpciSiren)!);
        var codes = parCommune.Keys.ToList();
        var lieux = await db.Lieux.AsNoTracking().Include(l => l.Services).ThenInclude(s => s.Creneaux).Include(l => l.Contacts).AsSplitQuery()
            .Where(l => l.CommuneCode != null && codes.Contains(l.CommuneCode))
            .ToListAsync(ct);
        var lignes = lieux.Select(l => new LigneFiche(l.Identifiant, l.Nom, parCommune.GetValueOrDefault(l.CommuneCode!), l.Brouillon, CalculerScores.Pour(l, aujourdhui))).ToList();
        Fiches = Tri switch
        {
            "completude" => [.. lignes.OrderBy(f => f.Scores.Completude).ThenBy(f => f.Nom, StringComparer.Create(Shared.Format.Francais, true))],
            "fraicheur" => [.. lignes.OrderByDescending(f => f.Scores.MoisDepuisConfirmation).ThenBy(f => f.Nom, StringComparer.Create(Shared.Format.Francais, true))],
            "nom" => [.. lignes.OrderBy(f => f.Nom, StringComparer.Create(Shared.Format.Francais, true))],
            _ => [.. lignes.OrderByDescending(f => f.Scores.Priorite).ThenBy(f => f.Nom, StringComparer.Create(Shared.Format.Francais, true))],
        };
        var noms = await db.Epcis.AsNoTracking().Where(e => admin || epcis.Contains(e.Siren)).ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        Resumes = [.. lignes.Where(f => f.Epci is not null).GroupBy(f => f.Epci!)
            .Select(g => new ResumeEpci(g.Key, noms.GetValueOrDefault(g.Key, g.Key), g.Count(), (int)Math.Round(g.Average(f => f.Scores.Completude)), g.Count(f => f.Scores.MoisDepuisConfirmation >= 12)))
            .OrderBy(r => r.Nom, StringComparer.Create(Shared.Format.Francais, true))];
        return Page();
    }
}
