using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Orientation;

/// <summary>The guided orientation form; the results come on the same page, from the same GET query string as the API.</summary>
public sealed class OrienterModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequeteOrientation Requete { get; set; } = new();

    public ResultatOrientation? Resultat { get; private set; }
    public string? Erreur { get; private set; }

    public static CatalogueServicesPrecis Catalogue => CatalogueServicesPrecis.Defaut;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Requete.EstRemplie && Requete.Commune is null && Requete.Lat is null)
        {
            return;
        }

        var conversion = await Requete.ConvertirAsync(db, ct);
        if (conversion.Demande is not { } demande)
        {
            Erreur = conversion.Erreur;
            return;
        }

        Resultat = await OrienterPersonne.ExecuterAsync(db, demande, horloge, ct);
    }

    public string LienFiche(LieuPropose propose) => $"/orienter/fiche/{Uri.EscapeDataString(propose.Lieu.Identifiant)}{Requete.QueryString()}";

    public bool Coche(string champ, string valeur) => (champ == "disponibilites" ? Requete.ListeDisponibilites : Requete.ListeSituations).Contains(valeur);
}
