using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Ressources;

/// <summary>The local networks (shared base, rooms and budget); administrators and referents create them.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class IndexModel(PortreaDbContext db, GererReseau gerer) : PageModel
{
    public sealed record Ligne(int Id, string Nom, string Epci, int Lieux, int Partenaires);

    public IReadOnlyList<Ligne> Reseaux { get; private set; } = [];

    public IReadOnlyList<(string Siren, string Nom)> Epcis { get; private set; } = [];

    public string? Erreur { get; private set; }

    [BindProperty]
    public string? Nom { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Epci { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var resultat = await gerer.CreerAsync(Nom, Description, Epci, User, ct);
        if (resultat.Statut == StatutRessource.Cree)
        {
            return Redirect($"/reseaux/{resultat.Id}");
        }

        Erreur = resultat.Message;
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var reseaux = await db.Reseaux.AsNoTracking().OrderBy(r => r.Nom)
            .Select(r => new
            {
                Reseau = r,
                Epci = db.Epcis.Where(e => e.Siren == r.EpciSiren).Select(e => e.Nom).FirstOrDefault() ?? r.EpciSiren,
                Partenaires = r.Structures.Select(s => s.StructureId).ToList(),
                Lieux = r.Lieux.Join(db.Lieux, rl => rl.LieuId, l => l.Id, (rl, l) => new
                {
                    l.StructureId,
                    Epci = db.EpciMembres.Where(m => m.CommuneCode == l.CommuneCode).OrderBy(m => m.EpciSiren).Select(m => m.EpciSiren).FirstOrDefault(),
                }).ToList(),
            })
            .ToListAsync(ct);
        // Only the networks the user belongs to are listed, as only theirs open (see ContexteReseau).
        Reseaux = [.. reseaux.Where(r => DroitsReseau.Lire(User, r.Reseau, r.Partenaires, r.Lieux.Select(l => (l.StructureId, l.Epci))))
            .Select(r => new Ligne(r.Reseau.Id, r.Reseau.Nom, r.Epci, r.Lieux.Count, r.Partenaires.Count))];
        if (GererReseau.PeutCreer(User))
        {
            var sirens = DroitsLieu.EpcisReferent(User);
            var admin = DroitsLieu.EstAdministrateur(User);
            Epcis = [.. (await db.Epcis.AsNoTracking().Where(e => admin || sirens.Contains(e.Siren)).OrderBy(e => e.Nom).Select(e => new { e.Siren, e.Nom }).ToListAsync(ct))
                .Select(e => (e.Siren, e.Nom))];
        }
    }
}
