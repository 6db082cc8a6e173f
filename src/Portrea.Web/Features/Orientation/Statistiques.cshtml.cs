using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Orientation;

public sealed class StatistiquesModel(PortreaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "epci")]
    public string? Epci { get; set; }

    public StatistiquesOrientation.Resultat Statistiques { get; private set; } = null!;
    public string? NomEpci { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Epci = string.IsNullOrWhiteSpace(Epci) ? null : Epci.Trim();
        if (Epci is not null)
        {
            NomEpci = await db.Epcis.AsNoTracking().Where(e => e.Siren == Epci).Select(e => e.Nom).FirstOrDefaultAsync(ct) ?? $"EPCI {Epci}";
        }

        Statistiques = await StatistiquesOrientation.CalculerAsync(db, Epci, ct);
    }
}
