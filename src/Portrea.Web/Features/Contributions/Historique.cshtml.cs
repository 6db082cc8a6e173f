using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Contributions;

/// <summary>The history of a sheet; its editors can restore any earlier version (the restoration is a new change).</summary>
public sealed class HistoriqueModel(PortreaDbContext db, RestaurerLieu restaurer) : PageModel
{
    public Lieu Lieu { get; private set; } = null!;
    public DroitsLieu Droits { get; private set; } = null!;
    public IReadOnlyList<ModificationLieu> Modifications { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? restauree, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        if (restauree is { } v)
        {
            Message = $"La version {v} est restaurée : la restauration figure en tête de l'historique.";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestaurerAsync(string id, int version, int versionActuelle, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        if (!Droits.Publier)
        {
            return Forbid();
        }

        var resultat = await restaurer.RestaurerAsync(id, version, versionActuelle, AuteurModification.Depuis(User), ct);
        if (resultat.Statut is StatutModification.Applique or StatutModification.SansChangement)
        {
            return Redirect($"/lieux/{Uri.EscapeDataString(id)}/historique?restauree={version}");
        }

        Message = resultat.Statut == StatutModification.Conflit
            ? "La fiche a été modifiée entre-temps : rien n'a été restauré. Relisez l'historique ci-dessous puis recommencez."
            : string.Join(" ", resultat.Erreurs.Select(e => e.Message));
        await ChargerAsync(id, ct);
        return Page();
    }

    private async Task<bool> ChargerAsync(string id, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == id, ct);
        if (lieu is null)
        {
            return false;
        }

        Lieu = lieu;
        Droits = await DroitsLieu.CalculerAsync(db, User, lieu, ct);
        Modifications = await db.ModificationsLieux.AsNoTracking().Where(m => m.LieuId == lieu.Id).OrderByDescending(m => m.Version).ThenByDescending(m => m.Id).ToListAsync(ct);
        return true;
    }
}
