using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Administration;

/// <summary>API tokens still valid, with who holds them; an administrator revokes any of them.</summary>
[Authorize(Policy = PolitiquesPortrea.Administration)]
public sealed class JetonsModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    public sealed record Ligne(int Id, string Titulaire, string? Email, string? Fin, DateTime CreeLe, DateTime ExpireLe);

    public IReadOnlyList<Ligne> Jetons { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task<IActionResult> OnPostRevoquerAsync(int id, CancellationToken ct)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var lignes = await db.JetonsApi.Where(j => j.Id == id && j.RevoqueLe == null).ExecuteUpdateAsync(s => s.SetProperty(j => j.RevoqueLe, maintenant), ct);
        Message = lignes == 1 ? "Jeton révoqué : il n'ouvre plus l'API." : "Ce jeton était déjà révoqué.";
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        Jetons = await db.JetonsApi.AsNoTracking()
            .Where(j => j.RevoqueLe == null && j.ExpireLe > maintenant)
            .OrderByDescending(j => j.Id)
            .Select(j => new Ligne(j.Id, j.Utilisateur!.NomAffiche, j.Utilisateur.Email, j.DerniersCaracteres, j.CreeLe, j.ExpireLe))
            .ToListAsync(ct);
    }
}
