using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Ressources;

/// <summary>The common service base: diagnosis of a version (counts, chart, matrix), evolution across versions, and its definition.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class SocleModel(PortreaDbContext db, DefinirSocle definir) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    public DiagnostiquerSocle.Diagnostic Diagnostic { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? version, string? message, CancellationToken ct)
    {
        if (!await ChargerAsync(id, version, ct))
        {
            return NotFound();
        }

        Message = message is { Length: > 0 and < 300 } ? message : null;
        return Page();
    }

    public async Task<IActionResult> OnPostElementAsync(int id, int version, string? libelle, string? axe, CancellationToken ct)
    {
        if (!await ChargerAsync(id, version, ct))
        {
            return NotFound();
        }

        if (!Contexte.Administrer)
        {
            return Forbid();
        }

        var resultat = AxesReseau.TryLire(axe, out var a)
            ? await definir.AjouterElementAsync(id, version, libelle, a, ct)
            : ResultatRessource.Refus(StatutRessource.Invalide, "Choisissez l'axe de l'élément.");
        return await RepondreAsync(id, version, resultat, ct);
    }

    public async Task<IActionResult> OnPostVersionAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, null, ct))
        {
            return NotFound();
        }

        if (!Contexte.Administrer)
        {
            return Forbid();
        }

        var resultat = await definir.NouvelleVersionAsync(id, ct);
        return await RepondreAsync(id, resultat.Id, resultat, ct);
    }

    private async Task<IActionResult> RepondreAsync(int id, int? version, ResultatRessource resultat, CancellationToken ct)
    {
        if (resultat.Statut == StatutRessource.Cree)
        {
            return Redirect($"/reseaux/{id}/socle?version={version}&message={Uri.EscapeDataString(resultat.Message)}");
        }

        Erreur = resultat.Message;
        await ChargerAsync(id, version, ct);
        return Page();
    }

    private async Task<bool> ChargerAsync(int id, int? version, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        if (contexte is null)
        {
            return false;
        }

        Contexte = contexte;
        Diagnostic = await DiagnostiquerSocle.ChargerAsync(db, id, version, ct);
        return true;
    }
}
