using Microsoft.AspNetCore.Mvc;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Indicateurs;

/// <summary>The need-indicators section of a territory page, next to its département and région.</summary>
public sealed class IndicateursDuTerritoireViewComponent(CalculerIndicateurs indicateurs) : ViewComponent
{
    public sealed record Modele(NiveauTerritoire Niveau, string Code, string Nom, IReadOnlyList<IndicateurDuTerritoire> Indicateurs);

    public async Task<IViewComponentResult> InvokeAsync(NiveauTerritoire niveau, string code, string nom)
    {
        var liste = await indicateurs.PourTerritoireAsync(niveau, code, HttpContext.RequestAborted);
        return View("~/Features/Indicateurs/_IndicateursDuTerritoire.cshtml", new Modele(niveau, code, nom, liste));
    }
}
