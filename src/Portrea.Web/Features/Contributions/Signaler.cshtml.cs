using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// « Signaler une erreur / proposer une modification », open to anyone: the main fields pre-filled, a message and an
/// optional e-mail; only the fields actually changed reach the referents' queue. Rate-limited like the API.
/// </summary>
[EnableRateLimiting(ContributionsApi.LimitePropositions)]
public sealed class SignalerModel(PortreaDbContext db, ProposerModification proposer) : PageModel
{
    public static readonly IReadOnlyList<string> ChampsProposables =
        ["nom", "adresse", "complementAdresse", "codePostal", "commune", "telephone", "courriels", "siteWeb", "horaires", "presentationResume", "priseRdv"];

    [BindProperty]
    public Dictionary<string, string?> Champs { get; set; } = [];

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public Lieu Lieu { get; private set; } = null!;
    public Dictionary<string, List<string>> Erreurs { get; } = [];
    public bool Envoyee { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await ChargerLieu.CompletAsync(db, id, ct) is not { } lieu)
        {
            return NotFound();
        }

        Lieu = lieu;
        var valeurs = ChampsLieu.Instantane(lieu);
        Champs = ChampsProposables.ToDictionary(c => c, c => Texte(c, valeurs[c]));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await ChargerLieu.CompletAsync(db, id, ct) is not { } lieu)
        {
            return NotFound();
        }

        Lieu = lieu;
        var champs = ChampsProposables.ToDictionary(
            c => c, c => ChampsLieu.ParCode[c].EstListe ? string.Join('|', (Champs.GetValueOrDefault(c) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : Champs.GetValueOrDefault(c),
            StringComparer.Ordinal);
        var resultat = await proposer.ProposerAsync(new DemandeProposition(id, champs, AuteurModification.Depuis(User), Email, Message, null), ct);
        if (resultat.Statut == StatutModification.Applique)
        {
            Envoyee = true;
            return Page();
        }

        foreach (var erreur in resultat.Erreurs)
        {
            var champ = erreur.Champ.Replace("champs.", "", StringComparison.Ordinal);
            if (!Erreurs.TryGetValue(champ, out var liste))
            {
                Erreurs[champ] = liste = [];
            }

            liste.Add(erreur.Message);
        }

        return Page();
    }

    private static string? Texte(string code, string? valeur) => ChampsLieu.ParCode[code].EstListe ? valeur?.Replace("|", "\n", StringComparison.Ordinal) : valeur;
}
