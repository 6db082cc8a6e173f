using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Orientation;

/// <summary>The guided orientation form; the results come on the same page, from the same GET query string as the API.</summary>
public sealed class OrienterModel(PortreaDbContext db, TimeProvider horloge, IAuthorizationService autorisations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequeteOrientation Requete { get; set; } = new();

    public ResultatOrientation? Resultat { get; private set; }
    public string? Erreur { get; private set; }

    public static CatalogueServicesPrecis Catalogue => CatalogueServicesPrecis.Defaut;

    /// <summary>True right after the professional recorded an unmet need (the redirect after the POST says so).</summary>
    public bool Enregistree { get; private set; }

    public string ActionEnregistrer => "/orienter" + Requete.QueryString(("handler", "Enregistrer"));

    public async Task OnGetAsync([FromQuery(Name = "enregistree")] string? enregistree, CancellationToken ct)
    {
        Enregistree = enregistree == "1";
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

    /// <summary>
    /// Records a need no place offers within the radius (no sheet can be printed, so it is recorded from here), for the
    /// territory's gaps; signed-in professionals only, like the sheet's recording (ADR 0009).
    /// </summary>
    public async Task<IActionResult> OnPostEnregistrerAsync(CancellationToken ct)
    {
        if (!(await autorisations.AuthorizeAsync(User, PolitiquesPortrea.Connecte)).Succeeded)
        {
            return Redirect("/connexion?ReturnUrl=" + Uri.EscapeDataString("/orienter" + Requete.QueryString()));
        }

        var conversion = await Requete.ConvertirAsync(db, ct);
        if (conversion.Demande is not { } demande)
        {
            Erreur = conversion.Erreur;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await EnregistrerOrientation.ExecuterAsync(db, demande, null, horloge, ct);
        return Redirect("/orienter" + Requete.QueryString(("enregistree", "1")));
    }

    public string LienFiche(LieuPropose propose) => $"/orienter/fiche/{Uri.EscapeDataString(propose.Lieu.Identifiant)}{Requete.QueryString()}";

    public bool Coche(string champ, string valeur) => (champ == "disponibilites" ? Requete.ListeDisponibilites : Requete.ListeSituations).Contains(valeur);
}
