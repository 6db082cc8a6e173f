using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>
/// One EPCI's rollout: phase and history with the transition form, referents and their kind, maturity factors with
/// the recommended strategy, the chosen strategy's supports and workloads. Administrators edit; its referents read.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class EpciModel(
    ConsulterDemarche consulter, ChangerPhase changer, ChoisirStrategie choisir, QualifierReferent qualifier, ReferentielDemarche referentiel) : PageModel
{
    public EtatEpci Etat { get; private set; } = null!;
    public IReadOnlyList<TransitionPhase> Historique { get; private set; } = [];
    public ReferentielDemarche Referentiel => referentiel;
    public Recommandation Recommandation { get; private set; } = null!;
    public bool Pilote => DroitsDemarche.Piloter(User);
    public IReadOnlyList<string> Erreurs { get; private set; } = [];
    public string? Message { get; private set; }
    public string? ErreurTransition { get; private set; }

    [BindProperty(SupportsGet = false)]
    public string? Vers { get; set; }

    [BindProperty(SupportsGet = false)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = false)]
    public string? Commentaire { get; set; }

    public async Task<IActionResult> OnGetAsync(string siren, string? message, CancellationToken ct)
    {
        Message = message;
        return await ChargerAsync(siren, ct);
    }

    public async Task<IActionResult> OnPostTransitionAsync(string siren, CancellationToken ct)
    {
        if (!Pilote)
        {
            return Forbid();
        }

        var resultat = await changer.ChangerAsync(siren, new DemandeTransition(Vers, Date, Commentaire), User, ct);
        if (resultat.Statut == StatutTransition.Introuvable)
        {
            return NotFound();
        }

        if (resultat.Statut == StatutTransition.Enregistree)
        {
            return Redirect($"/demarche/epci/{siren}?message={Uri.EscapeDataString($"Phase « {AffichageDemarche.Phase(referentiel, resultat.Transition!.Vers)} » enregistrée.")}");
        }

        ErreurTransition = resultat.Message;
        return await ChargerAsync(siren, ct);
    }

    public async Task<IActionResult> OnPostStrategieAsync(string siren, string? strategie, CancellationToken ct)
    {
        if (!Pilote)
        {
            return Forbid();
        }

        var maturite = referentiel.FacteursMaturite.ToDictionary(
            f => f.Code,
            f => int.TryParse(Request.Form["maturite-" + f.Code], out var n) ? n : (int?)null);
        Erreurs = await choisir.ChoisirAsync(siren, maturite, strategie, ct);
        return Erreurs.Count == 0 ? Redirect($"/demarche/epci/{siren}?message={Uri.EscapeDataString("Stratégie et facteurs de maturité enregistrés.")}#strategie") : await ChargerAsync(siren, ct);
    }

    public async Task<IActionResult> OnPostNatureAsync(string siren, string utilisateurId, string? nature, CancellationToken ct)
    {
        if (!Pilote)
        {
            return Forbid();
        }

        var erreur = await qualifier.QualifierAsync(siren, utilisateurId, nature, ct);
        if (erreur is null)
        {
            return Redirect($"/demarche/epci/{siren}?message={Uri.EscapeDataString("Nature du référent enregistrée.")}#referents");
        }

        Erreurs = [erreur];
        return await ChargerAsync(siren, ct);
    }

    private async Task<IActionResult> ChargerAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.Consulter(User, siren) || await consulter.ConsulterAsync(siren, ct) is not { } etat)
        {
            return NotFound();
        }

        Etat = etat;
        Historique = await consulter.HistoriqueAsync(siren, ct);
        Recommandation = RecommanderStrategie.Recommander(referentiel, etat.Maturite);
        Date ??= consulter.Aujourdhui.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}
