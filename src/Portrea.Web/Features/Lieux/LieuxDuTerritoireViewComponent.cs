using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Lieux;

/// <summary>The « Lieux d'aide » section of a territory page: the places of a commune, or their count for an EPCI or a département.</summary>
public sealed class LieuxDuTerritoireViewComponent(PortreaDbContext db) : ViewComponent
{
    public sealed record Modele(NiveauTerritoire Niveau, string Code, int Total, IReadOnlyList<Lieu> Lieux, string Lien);

    public async Task<IViewComponentResult> InvokeAsync(NiveauTerritoire niveau, string code)
    {
        var filtres = niveau switch
        {
            NiveauTerritoire.Commune => new FiltresLieux { Commune = code },
            NiveauTerritoire.Epci => new FiltresLieux { Epci = code },
            _ => new FiltresLieux { Departement = code },
        };
        var requete = RechercherLieux.Filtrer(db, filtres);
        var total = await requete.CountAsync();
        var lieux = niveau == NiveauTerritoire.Commune
            ? await requete.Include(l => l.Services).AsSplitQuery().ToListAsync()
            : [];
        var lien = $"/lieux?{niveau.Code()}={Uri.EscapeDataString(code)}";
        return View("/Features/Lieux/_LieuxDuTerritoire.cshtml", new Modele(niveau, code, total, lieux, lien));
    }
}
