using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Contributions;

/// <summary>The moderation queue page: status counters, each proposal as a field-by-field diff, and the decisions.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class ModerationModel(PortreaDbContext db, ModererProposition moderer) : PageModel
{
    public FileModeration FileAttente { get; private set; } = new([], new Dictionary<StatutModeration, int>());
    public StatutModeration? Statut { get; private set; }
    public string? Epci { get; private set; }
    public string? Message { get; private set; }

    /// <summary>Proposal id → the fields changed since it was made, with the version to send back to decide knowingly.</summary>
    public Dictionary<int, (IReadOnlyList<ChampModifieEntreTemps> Conflits, int Version)> Conflits { get; } = [];

    public async Task<IActionResult> OnGetAsync(string? statut, string? epci, string? message, CancellationToken ct)
    {
        Message = message;
        return await ListerAsync(statut ?? StatutModeration.AModerer.Code(), epci, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, string decision, List<string>? champs, string? motif, int? version, string? statut, string? epci, CancellationToken ct)
    {
        var type = decision switch
        {
            "accepter_tout" or "accepter_selection" => TypeDecision.Accepter,
            "refuser" => TypeDecision.Refuser,
            _ => TypeDecision.PrendreEnCharge,
        };
        var resultat = await moderer.DeciderAsync(id, new DecisionModeration(type, decision == "accepter_selection" ? champs ?? [] : null, motif, version), User, ct);
        switch (resultat.Statut)
        {
            case StatutDecision.Enregistree:
                return Redirect($"/moderation?statut={Uri.EscapeDataString(statut ?? "")}&epci={Uri.EscapeDataString(epci ?? "")}&message={Uri.EscapeDataString($"Proposition n° {id} : {resultat.Proposition!.Statut.Libelle().ToLowerInvariant()}.")}");
            case StatutDecision.Introuvable:
                return NotFound();
            case StatutDecision.Conflit:
                Conflits[id] = (resultat.ModifieEntreTemps, resultat.VersionActuelle);
                Message = $"Proposition n° {id} : la fiche a changé depuis la proposition. Comparez les valeurs puis décidez à nouveau.";
                break;
            default:
                Message = resultat.Statut == StatutDecision.DejaDecidee
                    ? $"Proposition n° {id} : déjà traitée."
                    : $"Proposition n° {id} : " + string.Join(" ", resultat.Erreurs.Select(e => e.Message));
                break;
        }

        return await ListerAsync(statut, epci, ct);
    }

    private async Task<IActionResult> ListerAsync(string? statut, string? epci, CancellationToken ct)
    {
        Statut = StatutModerationTexte.TryParse(statut, out var s) ? s : null;
        Epci = string.IsNullOrWhiteSpace(epci) ? null : epci;
        var file = await ConsulterModeration.ListerAsync(db, User, Epci, Statut, null, ct);
        if (file is null)
        {
            return Forbid();
        }

        FileAttente = file;
        return Page();
    }

    public IReadOnlyList<string> EpcisModeres => [.. DroitsLieu.EpcisReferent(User).Order()];
}
