using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Contributions.DonneesPersonnelles;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// Requests of place contacts about their data: find a person by e-mail or name among the places of the user's
/// EPCIs (all for an administrator), download everything held about them, or erase them.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class DonneesPersonnellesModel(ExporterDonneesContact exporter, EffacerPersonne effacer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Adresse électronique")]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Nom et prénom")]
    public string? Nom { get; set; }

    [BindProperty]
    [Display(Name = "La personne a demandé l'effacement de ses données : je confirme qu'elles seront retirées de toutes les fiches et de leur historique.")]
    public bool Confirmation { get; set; }

    public ExporterDonneesContact.Export? Resultat { get; private set; }

    public bool Recherche { get; private set; }

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    public string Perimetre => PerimetreDonnees.Libelle(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Email is not null || Nom is not null)
        {
            await RechercherAsync(ct);
        }
    }

    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken ct)
    {
        var (personne, erreur) = PersonneRecherchee.Lire(Email, Nom);
        if (personne is null)
        {
            Erreur = erreur;
            return Page();
        }

        var export = await exporter.ExporterAsync(User, personne, ct);
        if (export is null)
        {
            Recherche = true;
            return Page();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(export, ExporterDonneesContact.Json), "application/json", exporter.NomFichier(personne));
    }

    public async Task<IActionResult> OnPostEffacerAsync(CancellationToken ct)
    {
        var (personne, erreur) = PersonneRecherchee.Lire(Email, Nom);
        if (personne is null)
        {
            Erreur = erreur;
            return Page();
        }

        if (!Confirmation)
        {
            ModelState.AddModelError(nameof(Confirmation), "Cochez la confirmation pour effacer les données de cette personne.");
            await RechercherAsync(ct);
            return Page();
        }

        var resultat = await effacer.EffacerAsync(User, personne, ct);
        if (resultat.Conflit)
        {
            Erreur = "Une fiche concernée a été modifiée pendant l'effacement : rien n'a été effacé, recommencez.";
            await RechercherAsync(ct);
            return Page();
        }

        Message = resultat.Rien
            ? DonneesPersonnellesApi.AucuneDonnee(personne)
            : $"Données de « {personne.Libelle} » effacées : {resultat.Contacts} contact(s) retiré(s) de {resultat.Lieux} fiche(s), "
                + $"{resultat.EntreesHistorique} entrée(s) d'historique masquée(s), {resultat.Propositions} proposition(s) et {resultat.Messages} courriel(s) traités. "
                + "Chaque fiche concernée garde la trace de l'effacement, sans les valeurs effacées.";
        Confirmation = false;
        ModelState.Clear();
        return Page();
    }

    private async Task RechercherAsync(CancellationToken ct)
    {
        var (personne, erreur) = PersonneRecherchee.Lire(Email, Nom);
        if (personne is null)
        {
            Erreur = erreur;
            return;
        }

        Recherche = true;
        Resultat = await exporter.ExporterAsync(User, personne, ct);
    }
}
