using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Demarche;
using Portrea.Core.Imports;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Lieux;

namespace Portrea.Web.Features.Demarche;

/// <summary>
/// The collaborative day planner of an EPCI, for the hub's administrators and the EPCI's referents (who organise the
/// day): date and place, invitation, participants (by hand or imported), groups, logistics, printed sheets, and after
/// the day the attendance and the sheets filled that day.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class JourneeModel(
    ConsulterJournee consulter, OrganiserJournee organiser, GererParticipants participants, ImporterParticipants importer,
    EnvoyerInvitations envoyer, ReferentielDemarche referentiel) : PageModel
{
    public VueJournee Vue { get; private set; } = null!;
    public ReferentielDemarche Referentiel => referentiel;
    public IReadOnlyList<string> Erreurs { get; private set; } = [];
    public IReadOnlyList<ErreurLigneParticipant> ErreursImport { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string siren, string? message, CancellationToken ct)
    {
        Message = message;
        return await ChargerAsync(siren, ct);
    }

    public Task<IActionResult> OnPostJourneeAsync(string siren, string? date, string? horaires, string? lieu, string? adresse, CancellationToken ct) =>
        AgirAsync(siren, () => organiser.EnregistrerAsync(siren, date, horaires, lieu, adresse, ct), "Date et lieu enregistrés.", "organisation", ct);

    public Task<IActionResult> OnPostLogistiqueAsync(string siren, List<string>? coches, CancellationToken ct) =>
        AgirAsync(siren, () => organiser.CocherAsync(siren, coches ?? [], ct), "Liste logistique enregistrée.", "logistique", ct);

    public Task<IActionResult> OnPostParticipantAsync(string siren, string? nom, string? structure, string? role, string? courriel, CancellationToken ct) =>
        AgirAsync(siren, () => participants.AjouterAsync(siren, nom, structure, role, courriel, ct), "Participant ajouté.", "participants", ct);

    public Task<IActionResult> OnPostRetirerAsync(string siren, int id, CancellationToken ct) =>
        AgirAsync(siren, async () => { await participants.RetirerAsync(siren, id, ct); return []; }, "Participant retiré.", "participants", ct);

    public Task<IActionResult> OnPostPresencesAsync(string siren, List<int>? presents, CancellationToken ct) =>
        AgirAsync(siren, async () => { await participants.NoterPresencesAsync(siren, presents ?? [], ct); return []; }, "Présences enregistrées.", "participants", ct);

    public async Task<IActionResult> OnPostInvitationsAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren))
        {
            return NotFound();
        }

        var nombre = await envoyer.EnvoyerAsync(siren, ct);
        return nombre is null ? NotFound() : Redirect($"/demarche/epci/{siren}/journee?message={Uri.EscapeDataString($"Invitation mise en file d'envoi pour {nombre} adresse{(nombre > 1 ? "s" : "")}.")}");
    }

    public async Task<IActionResult> OnPostImportAsync(string siren, IFormFile? fichier, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren))
        {
            return NotFound();
        }

        if (fichier is null || fichier.Length == 0 || fichier.Length > ImportLieuxApi.TailleMaximale)
        {
            Erreurs = ["Choisissez un fichier XLSX : le modèle des participants ou un modèle de recensement des acteurs rempli."];
            return await ChargerAsync(siren, ct);
        }

        using var tampon = new MemoryStream();
        await fichier.CopyToAsync(tampon, ct);
        try
        {
            var resultat = await importer.ImporterAsync(siren, tampon.ToArray(), fichier.FileName, ct);
            if (resultat.ARejets)
            {
                ErreursImport = resultat.Erreurs;
                return await ChargerAsync(siren, ct);
            }

            return Redirect($"/demarche/epci/{siren}/journee?message={Uri.EscapeDataString($"Import : {resultat.Ajoutes} participant(s) ajouté(s), {resultat.DejaPresents} déjà dans la liste.")}#participants");
        }
        catch (FichierIllisibleException e)
        {
            Erreurs = [e.Message];
            return await ChargerAsync(siren, ct);
        }
    }

    public bool Coche(string code) => Vue.Journee.LireLogistique().Contains(code);

    private async Task<IActionResult> AgirAsync(string siren, Func<Task<IReadOnlyList<string>>> action, string succes, string ancre, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren) || await consulter.ConsulterAsync(siren, ct) is null)
        {
            return NotFound();
        }

        Erreurs = await action();
        return Erreurs.Count == 0 ? Redirect($"/demarche/epci/{siren}/journee?message={Uri.EscapeDataString(succes)}#{ancre}") : await ChargerAsync(siren, ct);
    }

    private async Task<IActionResult> ChargerAsync(string siren, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(User, siren) || await consulter.ConsulterAsync(siren, ct) is not { } vue)
        {
            return NotFound();
        }

        Vue = vue;
        return Page();
    }
}
