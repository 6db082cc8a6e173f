using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portrea.Core.Indicateurs.Calcul;

namespace Portrea.Web.Features.Carte;

public sealed class IndexModel(CalculerIndicateurs indicateurs, IOptions<CarteOptions> options) : PageModel
{
    public FiltresCarte Filtres { get; private set; } = null!;
    public ChoixCarte Choix { get; private set; } = null!;
    public string Configuration { get; private set; } = "{}";

    public (FiltresCarte Filtres, ChoixCarte Choix, string Action) Formulaire => (Filtres, Choix, "/carte");

    public void OnGet()
    {
        Filtres = FiltresCarte.Lire(Request.Query);
        Choix = ChargerChoix.Charger(indicateurs);
        Configuration = ConfigurationNavigateur.Ecrire(options.Value, Choix, cadre: null, territoire: null);
    }
}

/// <summary>What the browser code needs, written into a data attribute (no second request before the first paint).</summary>
public static class ConfigurationNavigateur
{
    public static string Ecrire(CarteOptions options, ChoixCarte choix, double[]? cadre, object? territoire) =>
        JsonSerializer.Serialize(new
        {
            fond = string.IsNullOrWhiteSpace(options.FondDeCarte) ? null : options.FondDeCarte,
            attribution = options.Attribution,
            zoomMax = options.ZoomMaximal,
            centre = options.Centre,
            zoom = options.Zoom,
            indicateurs = choix.Indicateurs.Select(i => new { code = i.Code, libelle = i.Libelle, unite = i.Unite, enPart = i.EnPart }),
            besoins = ChoixCarte.Besoins.Select(b => new { code = b.Code, libelle = b.Libelle, lettre = b.Lettre, couleur = b.Couleur }),
            cadre,
            territoire,
        });
}
