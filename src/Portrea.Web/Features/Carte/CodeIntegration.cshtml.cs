using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Carte;

/// <summary>Builds the iframe snippet that a partner pastes into their site to show the map of one territory.</summary>
public sealed class CodeIntegrationModel(PortreaDbContext db) : PageModel
{
    public List<Epci> Epcis { get; private set; } = [];
    public string? Epci { get; private set; }
    public string? Besoin { get; private set; }
    public string? Adresse { get; private set; }
    public string? Extrait { get; private set; }

    public async Task OnGetAsync(string? epci, string? besoin, CancellationToken ct)
    {
        Epcis = await db.Epcis.AsNoTracking().OrderBy(e => e.Nom).ToListAsync(ct);
        Epci = Epcis.Any(e => e.Siren == epci) ? epci : null;
        Besoin = ChoixCarte.Besoins.Any(b => b.Code == besoin) ? besoin : null;
        if (Epci is null)
        {
            return;
        }

        var nom = Epcis.First(e => e.Siren == Epci).Nom;
        Adresse = $"{Request.Scheme}://{Request.Host}/integrer?territoire=epci:{Epci}{(Besoin is null ? "" : "&besoin=" + Besoin)}";
        Extrait = $"<iframe src=\"{Adresse}\" title=\"Lieux d'aide au numérique — {nom}\" width=\"100%\" height=\"520\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }
}
