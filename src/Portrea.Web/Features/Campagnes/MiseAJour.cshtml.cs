using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Web.Features.Contributions;

namespace Portrea.Web.Features.Campagnes;

/// <summary>
/// The page a personal campaign link opens, with no account: « rien n'a changé » in one click, or the sheet's edit form
/// (the same fields as <c>/lieux/{id}/modifier</c>). Each form carries the link's use count, spent by its submission.
/// </summary>
public sealed class MiseAJourModel(RepondreCampagne repondre, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public FormulaireLieu Formulaire { get; set; } = new();

    [BindProperty]
    public int Utilisation { get; set; }

    public Lieu? Lieu { get; private set; }
    public Campagne? Campagne { get; private set; }
    public Dictionary<string, List<string>> Erreurs { get; } = [];
    public string? Message { get; private set; }
    public ScoresFiche? Scores { get; private set; }

    public ChampsFormulaireLieuVue Vue => new(Formulaire, Erreurs);

    public async Task<IActionResult> OnGetAsync(string jeton, string? merci, CancellationToken ct)
    {
        NePasConserver();
        var lien = await repondre.OuvrirAsync(jeton, ct);
        if (lien.Etat == EtatLien.Inconnu)
        {
            return NotFound();
        }

        if (!Afficher(lien))
        {
            return Page();
        }

        Message = merci switch
        {
            "confirmee" => "Merci ! Votre fiche est confirmée : elle reste affichée comme à jour.",
            "corrigee" => "Merci ! Vos corrections sont enregistrées et publiées.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmerAsync(string jeton, CancellationToken ct)
    {
        NePasConserver();
        var resultat = await repondre.ConfirmerAsync(jeton, Utilisation, ct);
        return await ApresAsync(jeton, resultat, ct);
    }

    public async Task<IActionResult> OnPostCorrigerAsync(string jeton, CancellationToken ct)
    {
        NePasConserver();
        var resultat = await repondre.CorrigerAsync(jeton, Utilisation, Formulaire.VersChamps(), Formulaire.Version, ct);
        return await ApresAsync(jeton, resultat, ct);
    }

    private async Task<IActionResult> ApresAsync(string jeton, ResultatReponse resultat, CancellationToken ct)
    {
        switch (resultat.Statut)
        {
            case StatutReponse.Confirmee:
                return Redirect($"/mise-a-jour/{Uri.EscapeDataString(jeton)}?merci=confirmee");
            case StatutReponse.Corrigee:
                return Redirect($"/mise-a-jour/{Uri.EscapeDataString(jeton)}?merci=corrigee");
        }

        var lien = await repondre.LireAsync(jeton, ct);
        var saisi = Formulaire;
        if (lien.Etat == EtatLien.Inconnu)
        {
            return NotFound();
        }

        if (!Afficher(lien))
        {
            return Page();
        }

        switch (resultat.Statut)
        {
            case StatutReponse.DejaUtilise:
                Message = "Ce formulaire a déjà été envoyé : voici la fiche telle qu'elle est enregistrée maintenant.";
                break;
            case StatutReponse.Conflit:
                Message = "La fiche a été modifiée par quelqu'un d'autre pendant votre saisie : rien n'a été enregistré. Voici la fiche à jour ; refaites vos corrections.";
                break;
            case StatutReponse.Invalide:
                // The form comes back as typed, with the errors; the new use count lets it be sent again.
                ModelState.Clear();
                saisi.Version = Formulaire.Version;
                Formulaire = saisi;
                foreach (var erreur in resultat.Modification?.Erreurs ?? [])
                {
                    if (!Erreurs.TryGetValue(erreur.Champ, out var liste))
                    {
                        Erreurs[erreur.Champ] = liste = [];
                    }

                    liste.Add(erreur.Message);
                }

                break;
        }

        return Page();
    }

    /// <summary>Fills the page from the link; false when the link has expired.</summary>
    private bool Afficher(LienCampagne lien)
    {
        Campagne = lien.Campagne;
        if (lien is not { Etat: EtatLien.Valide, Lieu: { } lieu, Destinataire: { } destinataire })
        {
            return false;
        }

        Lieu = lieu;
        ModelState.Clear();
        Utilisation = destinataire.Utilisations;
        Formulaire = FormulaireLieu.Depuis(ChampsLieu.Instantane(lieu), lieu.Version);
        Scores = CalculerScores.Pour(lieu, DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)));
        return true;
    }

    /// <summary>The page's address is the secret: never cached, never sent to another site as a referrer.</summary>
    private void NePasConserver()
    {
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
