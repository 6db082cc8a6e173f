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
        Reseaux = await db.Reseaux.AsNoTracking().OrderBy(r => r.Nom)
            .Select(r => new Ligne(r.Id, r.Nom, db.Epcis.Where(e => e.Siren == r.EpciSiren).Select(e => e.Nom).FirstOrDefault() ?? r.EpciSiren, r.Lieux.Count, r.Structures.Count))
            .ToListAsync(ct);
        if (GererReseau.PeutCreer(User))
        {
            var sirens = DroitsLieu.EpcisReferent(User);
            var admin = DroitsLieu.EstAdministrateur(User);
            Epcis = [.. (await db.Epcis.AsNoTracking().Where(e => admin || sirens.Contains(e.Siren)).OrderBy(e => e.Nom).Select(e => new { e.Siren, e.Nom }).ToListAsync(ct))
                .Select(e => (e.Siren, e.Nom))];
        }
    }
}
