using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Campagnes;

/// <summary>
/// The referent's call list: places written to that have not answered, with their phone numbers (the place's and its
/// contacts', private ones included: only the EPCI's referents and the hub see this page), and a form per place to log
/// the call's outcome.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class AppelsModel(PortreaDbContext db, EnregistrerAppel enregistrer) : PageModel
{
    public sealed record Telephone(string Numero, string Libelle);

    public Campagne Campagne { get; private set; } = null!;
    public List<LigneTableau> Lignes { get; private set; } = [];
    public ILookup<int, Telephone> Telephones { get; private set; } = Array.Empty<Telephone>().ToLookup(_ => 0);
    public string? Message { get; private set; }
    public string? Erreur { get; private set; }
    public int? DestinataireEnErreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool? enregistre, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        Message = enregistre == true ? "L'appel est consigné." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int destinataire, string? resultat, string? note, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        var erreur = !ResultatAppelTexte.TryParse(resultat, out var r)
            ? "Choisissez le résultat de l'appel."
            : await enregistrer.EnregistrerAsync(id, destinataire, r, note, AuteurModification.Depuis(User), ct);
        if (erreur is null)
        {
            return Redirect($"/campagnes/{id}/appels?enregistre=true");
        }

        Erreur = erreur;
        DestinataireEnErreur = destinataire;
        return Page();
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        var campagne = await AccesCampagnes.ChargerAsync(db, User, id, ct);
        if (campagne is null)
        {
            return false;
        }

        Campagne = campagne;
        Lignes = [.. (await TableauCampagne.CalculerAsync(db, id, ct)).Lignes.Where(l => l.SansReponse)];
        var lieux = Lignes.Select(l => l.LieuId).ToList();
        var contacts = await db.ContactsLieux.AsNoTracking().Where(c => lieux.Contains(c.LieuId) && c.Telephone != null)
            .OrderBy(c => c.Id).Select(c => new { c.LieuId, c.Telephone, c.Nom, c.Fonction }).ToListAsync(ct);
        Telephones = Lignes.Where(l => !string.IsNullOrWhiteSpace(l.Telephone)).Select(l => (l.LieuId, new Telephone(l.Telephone!, "accueil du lieu")))
            .Concat(contacts.Select(c => (c.LieuId, new Telephone(c.Telephone!, c.Nom ?? c.Fonction ?? "contact"))))
            .ToLookup(x => x.Item1, x => x.Item2);
        return true;
    }
}
