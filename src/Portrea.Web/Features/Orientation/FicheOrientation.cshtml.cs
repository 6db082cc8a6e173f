using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Orientation;

/// <summary>
/// The sheet handed to the person: one place, read for the same request as the results. Showing it stores nothing.
/// </summary>
public sealed class FicheOrientationModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequeteOrientation Requete { get; set; } = new();

    public LieuPropose Propose { get; private set; } = null!;
    public DemandeOrientation Demande { get; private set; } = null!;
    public string? Erreur { get; private set; }
    public DateOnly Aujourdhui { get; private set; }

    /// <summary>What the person came for, in their words: the precise service when chosen, else the need.</summary>
    public string Objet => Demande.Service?.Libelle ?? Demande.Besoin.Libelle();

    public string Sms => TexteOrientation.Sms(Propose);

    public string Courriel =>
        $"mailto:?subject={Uri.EscapeDataString($"Orientation : {Propose.Lieu.Nom}")}&body={Uri.EscapeDataString(TexteOrientation.Complet(Propose, Objet))}";

    public string DistanceTexte =>
        $"À {Propose.DistanceKm.ToString(Propose.DistanceKm < 10 ? "0.0" : "0", Shared.Format.Francais)} km de {Demande.Depart.Libelle}"
        + (Propose.DistanceApprochee ? " (distance approchée : la position exacte du lieu n'est pas renseignée)" : "");

    public string LienResultats => "/orienter" + Requete.QueryString();

    public async Task<IActionResult> OnGetAsync(string lieuId, CancellationToken ct) => await ChargerAsync(lieuId, ct) ?? Page();

    /// <summary>Null when the sheet can be shown; otherwise the error response.</summary>
    private async Task<IActionResult?> ChargerAsync(string lieuId, CancellationToken ct)
    {
        Aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        var conversion = await Requete.ConvertirAsync(db, ct);
        if (conversion.Demande is not { } demande)
        {
            Erreur = conversion.Erreur;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Demande = demande;
        var propose = await OrienterPersonne.EvaluerUnLieuAsync(db, demande, lieuId, horloge, ct);
        if (propose is null)
        {
            return NotFound();
        }

        Propose = propose;
        return null;
    }
}
