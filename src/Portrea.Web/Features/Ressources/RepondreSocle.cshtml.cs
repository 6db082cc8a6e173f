using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Ressources;

/// <summary>A place's answers to the latest version of the base, by its editors or the network's administrators.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class RepondreSocleModel(PortreaDbContext db, RepondreSocle repondre) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    public ContexteReseau.LieuReseau Lieu { get; private set; } = null!;

    public DiagnostiquerSocle.Diagnostic Diagnostic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string lieu, CancellationToken ct) => await ChargerAsync(id, lieu, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, string lieu, Dictionary<int, string>? reponses, CancellationToken ct)
    {
        if (await ChargerAsync(id, lieu, ct) is { } refus)
        {
            return refus;
        }

        var etats = Diagnostic.Lignes.ToDictionary(
            l => l.Element.Id,
            l => reponses?.GetValueOrDefault(l.Element.Id) is { } code && EtatsSocle.TryLire(code, out var etat) ? etat : (EtatSocle?)null);
        var changees = await repondre.EnregistrerAsync(id, Diagnostic.Version, Lieu.Id, etats, User, ct);
        var message = changees == 0 ? "Aucune réponse n'a changé." : $"Réponses de « {Lieu.Nom} » enregistrées ({changees} changement{(changees > 1 ? "s" : "")}).";
        return Redirect($"/reseaux/{id}/socle?version={Diagnostic.Version}&message={Uri.EscapeDataString(message)}");
    }

    private async Task<IActionResult?> ChargerAsync(int id, string identifiant, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        var lieu = contexte?.Lieux.FirstOrDefault(l => l.Identifiant == identifiant);
        if (contexte is null || lieu is null)
        {
            return NotFound();
        }

        if (!lieu.Editable)
        {
            return Forbid();
        }

        Contexte = contexte;
        Lieu = lieu;
        Diagnostic = await DiagnostiquerSocle.ChargerAsync(db, id, null, ct);
        return null;
    }
}
