using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// The edit form of a sheet. Editors publish at once, other signed-in users send a proposal. When someone saved the
/// sheet meanwhile, nothing is written: the form comes back with the other person's changes merged in where the editor
/// had not touched the field, and a choice for each field both changed.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class ModifierModel(PortreaDbContext db, ModifierLieu modifier, ProposerModification proposer, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public FormulaireLieu Formulaire { get; set; } = new();

    public Lieu Lieu { get; private set; } = null!;
    public DroitsLieu Droits { get; private set; } = null!;
    public Dictionary<string, List<string>> Erreurs { get; } = [];
    public IReadOnlyList<ChampModifieEntreTemps> Conflits { get; private set; } = [];
    public string? Confirmation { get; private set; }
    public ScoresFiche? Scores { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool? enregistre, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        Formulaire = FormulaireLieu.Depuis(Valeurs(), Lieu.Version);
        if (enregistre == true)
        {
            Confirmation = "Vos modifications sont enregistrées et publiées.";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, bool? publierBrouillon, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        var champs = Formulaire.VersChamps();
        if (!Droits.VoirContactsPrives)
        {
            // Private contacts are not shown to this user, so their absence from the form is not a deletion.
            var prives = Lieu.Contacts.Where(c => !c.Public).OrderBy(c => c.Id).Select(ServicesSaisis.Depuis);
            champs[ChampsLieu.Contacts] = ServicesSaisis.Ecrire((ServicesSaisis.LireContacts(champs[ChampsLieu.Contacts]) ?? []).Select(c => c with { Public = true }).Concat(prives));
        }

        if (publierBrouillon == true && Droits.Publier)
        {
            champs[ChampsLieu.Brouillon] = null;
        }

        var auteur = AuteurModification.Depuis(User);
        if (Droits.Proposer)
        {
            var proposition = await proposer.ProposerAsync(new DemandeProposition(id, champs, auteur, null, null, Formulaire.Version), ct);
            if (proposition.Statut == StatutModification.Applique)
            {
                Confirmation = "Vous n'êtes pas éditeur de cette fiche : vos modifications sont transmises aux référent·es du territoire, qui les valideront.";
                Formulaire = FormulaireLieu.Depuis(Valeurs(), Lieu.Version);
                return Page();
            }

            AjouterErreurs(proposition.Erreurs.Select(e => e with { Champ = e.Champ.Replace("champs.", "", StringComparison.Ordinal) }));
            return Page();
        }

        var resultat = await modifier.AppliquerAsync(new DemandeModification(id, champs, Formulaire.Version, auteur, SourceModification.Formulaire), ct);
        switch (resultat.Statut)
        {
            case StatutModification.Applique or StatutModification.SansChangement:
                return Redirect($"/lieux/{Uri.EscapeDataString(id)}/modifier?enregistre=true");
            case StatutModification.Invalide:
                AjouterErreurs(resultat.Erreurs);
                return Page();
            case StatutModification.Conflit:
                Fusionner(champs, resultat);
                return Page();
            default:
                return NotFound();
        }
    }

    private void Fusionner(Dictionary<string, string?> champs, ResultatModification resultat)
    {
        Conflits = resultat.ModifieEntreTemps;
        var fusion = new Dictionary<string, string?>(champs, StringComparer.Ordinal);
        foreach (var conflit in Conflits.Where(c => !c.VousLAvezModifie))
        {
            fusion[conflit.Champ] = conflit.ValeurActuelle;
        }

        ModelState.Clear();
        Formulaire = FormulaireLieu.Depuis(fusion, resultat.Version);
        foreach (var conflit in Conflits.Where(c => c.VousLAvezModifie))
        {
            Formulaire.Actuelles[conflit.Champ] = conflit.ValeurActuelle;
            Formulaire.Fusion[conflit.Champ] = "mienne";
        }
    }

    private void AjouterErreurs(IEnumerable<ErreurChamp> erreurs)
    {
        foreach (var erreur in erreurs)
        {
            if (!Erreurs.TryGetValue(erreur.Champ, out var liste))
            {
                Erreurs[erreur.Champ] = liste = [];
            }

            liste.Add(erreur.Message);
        }
    }

    private async Task<bool> ChargerAsync(string id, CancellationToken ct)
    {
        var lieu = await ChargerLieu.CompletAsync(db, id, ct);
        if (lieu is null)
        {
            return false;
        }

        Lieu = lieu;
        Droits = await DroitsLieu.CalculerAsync(db, User, lieu, ct);
        Scores = CalculerScores.Pour(lieu, DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)));
        return true;
    }

    private Dictionary<string, string?> Valeurs()
    {
        var valeurs = ChampsLieu.Instantane(Lieu);
        if (!Droits.VoirContactsPrives)
        {
            valeurs[ChampsLieu.Contacts] = ServicesSaisis.Ecrire(Lieu.Contacts.Where(c => c.Public).OrderBy(c => c.Id).Select(ServicesSaisis.Depuis));
        }

        return valeurs;
    }

    public ChampsFormulaireLieuVue Vue => new(Formulaire, Erreurs);
}
