using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Ressources;

/// <summary>A network's places and partners; its administrators add places (by identifier) and partner structures.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class ReseauModel(PortreaDbContext db, GererReseau gerer, PerimetreComptes perimetre) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    /// <summary>Structures of the network's EPCI that are not partners yet, offered to its administrators.</summary>
    public IReadOnlyList<(int Id, string Nom)> StructuresProposees { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? message, CancellationToken ct) =>
        await ChargerAsync(id, ct) ? AvecMessage(message) : NotFound();

    public async Task<IActionResult> OnPostLieuAsync(int id, string? identifiant, CancellationToken ct) =>
        await TraiterAsync(id, await gerer.AjouterLieuAsync(id, identifiant, User, ct), ct);

    public async Task<IActionResult> OnPostStructureAsync(int id, int structure, CancellationToken ct) =>
        await TraiterAsync(id, await gerer.AjouterStructureAsync(id, structure, User, ct), ct);

    private async Task<IActionResult> TraiterAsync(int id, ResultatRessource resultat, CancellationToken ct)
    {
        switch (resultat.Statut)
        {
            case StatutRessource.Introuvable:
                return NotFound();
            case StatutRessource.Interdit:
                return Forbid();
            case StatutRessource.Cree:
                return Redirect($"/reseaux/{id}?message={Uri.EscapeDataString(resultat.Message)}");
            default:
                Erreur = resultat.Message;
                await ChargerAsync(id, ct);
                return Page();
        }
    }

    private IActionResult AvecMessage(string? message)
    {
        Message = message is { Length: > 0 and < 300 } ? message : null;
        return Page();
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        if (contexte is null)
        {
            return false;
        }

        Contexte = contexte;
        if (contexte.Administrer)
        {
            var dejaPartenaires = contexte.Partenaires.Select(p => p.Id).ToList();
            StructuresProposees = [.. (await perimetre.StructuresDesEpci([contexte.Reseau.EpciSiren]).AsNoTracking()
                    .Where(s => !dejaPartenaires.Contains(s.Id)).OrderBy(s => s.Nom).Select(s => new { s.Id, s.Nom }).Take(500).ToListAsync(ct))
                .Select(s => (s.Id, s.Nom))];
        }

        return true;
    }
}
