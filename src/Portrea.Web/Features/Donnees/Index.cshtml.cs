using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Web.Features.Donnees;

public sealed class IndexModel(PortreaDbContext db) : PageModel
{
    public IReadOnlyList<JeuDeDonnees> Jeux { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Jeux = await db.JeuxDeDonnees.OrderBy(j => j.Cle).ToListAsync(ct);
}
