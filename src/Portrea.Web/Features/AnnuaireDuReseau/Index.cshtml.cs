using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.AnnuaireDuReseau;

/// <summary>The network directory of one EPCI for the professionals of that territory, with its filters and exports.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class IndexModel(PortreaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequeteReseau Requete { get; set; } = new();

    public AccesReseau Acces { get; private set; } = null!;
    public AnnuaireReseau? Annuaire { get; private set; }
    public IReadOnlyList<Structure> Structures { get; private set; } = [];
    public string? Erreur { get; private set; }
    public bool PeutExporter { get; private set; }

    public string Lien(string chemin, params (string Cle, string Valeur)[] autres) =>
        chemin + RequeteReseau.Chaine(Annuaire!.EpciSiren, Annuaire.Filtres, autres);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Acces = await AccesReseau.ResoudreAsync(db, User, Requete.Epci, ct);
        switch (Acces.Refus)
        {
            case RefusReseau.Introuvable:
                return NotFound();
            case RefusReseau.Interdit:
                return Forbid();
            case RefusReseau.AChoisir:
                return Page();
        }

        var donnees = (await ChargerReseau.ChargerAsync(db, Acces.Siren!, ct))!;
        Structures = donnees.Structures();
        PeutExporter = PerimetreReseau.PeutExporter(User, donnees.Siren);
        Requete.Epci = donnees.Siren;
        if (Requete.Convertir(donnees, out var filtres) is { } erreur)
        {
            Erreur = erreur;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filtres = new FiltresReseau();
        }

        Annuaire = ConsulterReseau.Construire(donnees, User, filtres);
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}
