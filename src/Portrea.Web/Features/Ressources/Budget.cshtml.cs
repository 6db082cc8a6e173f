using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Ressources;

/// <summary>The common budget of a year: every partner's contributions by axis, totals and shares, its XLSX export and its input form.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class BudgetModel(PortreaDbContext db, DeclarerContribution declarer, TimeProvider horloge) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    public BudgetReseau.Donnees Donnees { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    public int AnneeAffichee => Donnees.Synthese.Annee;

    public async Task<IActionResult> OnGetAsync(int id, string? message, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        Message = message is { Length: > 0 and < 300 } ? message : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int structure, string? axe, string? nature, string? valeur, string? commentaire, CancellationToken ct)
    {
        var annee = Annee ?? horloge.GetUtcNow().Year;
        ResultatRessource resultat;
        if (!AxesReseau.TryLire(axe, out var a) || !NaturesContribution.TryLire(nature, out var n))
        {
            resultat = ResultatRessource.Refus(StatutRessource.Invalide, "Choisissez l'axe et la nature de la contribution.");
        }
        else if (!decimal.TryParse((valeur ?? "").Replace(" ", "", StringComparison.Ordinal).Replace('\u202f'.ToString(), "", StringComparison.Ordinal), NumberStyles.Number, Format.Francais, out var montant)
            && !decimal.TryParse(valeur, NumberStyles.Number, CultureInfo.InvariantCulture, out montant))
        {
            resultat = ResultatRessource.Refus(StatutRessource.Invalide, "La valeur est un nombre, par exemple 0,5 (ETP) ou 1 200 (€).");
        }
        else
        {
            resultat = await declarer.DeclarerAsync(new DemandeContribution(id, structure, annee, a, n, montant, commentaire), User, ct);
        }

        return await TraiterAsync(id, resultat, annee, ct);
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int id, int contribution, CancellationToken ct) =>
        await TraiterAsync(id, await declarer.SupprimerAsync(id, contribution, User, ct), Annee ?? horloge.GetUtcNow().Year, ct);

    private async Task<IActionResult> TraiterAsync(int id, ResultatRessource resultat, int annee, CancellationToken ct)
    {
        switch (resultat.Statut)
        {
            case StatutRessource.Cree:
                return Redirect($"/reseaux/{id}/budget?annee={annee}&message={Uri.EscapeDataString(resultat.Message)}");
            case StatutRessource.Interdit:
                return Forbid();
            case StatutRessource.Introuvable when !await ChargerAsync(id, ct):
                return NotFound();
            default:
                await ChargerAsync(id, ct);
                Erreur = resultat.Message;
                return Page();
        }
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        if (contexte is null)
        {
            return false;
        }

        Contexte = contexte;
        Donnees = await BudgetReseau.ChargerAsync(db, id, Annee ?? horloge.GetUtcNow().Year, ct);
        return true;
    }

    public static string Etp(decimal valeur) => valeur == 0 ? "—" : valeur.ToString("0.##", Format.Francais) + " ETP";

    public static string Euros(decimal valeur) => valeur == 0 ? "—" : valeur.ToString("N0", Format.Francais) + " €";

    public static string Part(double? part) => part is { } p ? p.ToString("P0", Format.Francais) : Format.Manquant;
}
