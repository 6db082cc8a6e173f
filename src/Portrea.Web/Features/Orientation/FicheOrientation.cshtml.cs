using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Orientation;

/// <summary>
/// The sheet handed to the person: one place, read for the same request as the results. Showing it stores nothing.
/// </summary>
public sealed class FicheOrientationModel(PortreaDbContext db, TimeProvider horloge, IAuthorizationService autorisations) : PageModel
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

    /// <summary>True right after the professional recorded this referral (the redirect after the POST says so).</summary>
    public bool Enregistree { get; private set; }

    public string ActionEnregistrer => Request.Path + Requete.QueryString(("handler", "Enregistrer"));

    /// <summary>Where an anonymous visitor signs in to record this referral, coming back to the same sheet.</summary>
    public string LienConnexion => "/connexion?ReturnUrl=" + Uri.EscapeDataString(Request.Path + Requete.QueryString());

    public async Task<IActionResult> OnGetAsync(string lieuId, [FromQuery(Name = "enregistree")] string? enregistree, CancellationToken ct)
    {
        Enregistree = enregistree == "1";
        return await ChargerAsync(lieuId, ct) ?? Page();
    }

    /// <summary>
    /// Records the referral (anonymous fields only), then shows the sheet again: post, redirect, get. Only a signed-in
    /// professional records (ADR 0009): the territory's statistics are not open to anonymous writes.
    /// </summary>
    public async Task<IActionResult> OnPostEnregistrerAsync(string lieuId, CancellationToken ct)
    {
        if (!(await autorisations.AuthorizeAsync(User, PolitiquesPortrea.Connecte)).Succeeded)
        {
            return Redirect(LienConnexion);
        }

        if (await ChargerAsync(lieuId, ct) is { } erreur)
        {
            return erreur;
        }

        await EnregistrerOrientation.ExecuterAsync(db, Demande, Propose.Lieu.Identifiant, horloge, ct);
        return Redirect($"/orienter/fiche/{Uri.EscapeDataString(lieuId)}{Requete.QueryString(("enregistree", "1"))}");
    }

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
