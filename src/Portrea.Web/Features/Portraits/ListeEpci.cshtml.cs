using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Portraits;

public sealed class ListeEpciModel(PortreaDbContext db) : PageModel
{
    public IReadOnlyList<Epci> Epcis { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Epcis = await db.Epcis.AsNoTracking().OrderBy(e => e.Nom).ToListAsync(ct);
}
