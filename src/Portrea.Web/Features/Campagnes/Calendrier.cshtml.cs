using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Campagnes;

/// <summary>An EPCI's campaign calendar, for its referents and the hub.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class CalendrierModel(PortreaDbContext db, ModifierCalendrier modifier, AdressesPubliques adresses, IOptions<OptionsCampagnes> options) : PageModel
{
    [BindProperty]
    public string? Dates { get; set; }

    [BindProperty]
    public int? DureeJours { get; set; }

    [BindProperty]
    public string? Relances { get; set; }

    [BindProperty]
    public bool Actif { get; set; }

    public string NomEpci { get; private set; } = "";
    public Dictionary<string, string> Erreurs { get; } = [];
    public bool Enregistre { get; private set; }

    public async Task<IActionResult> OnGetAsync(string siren, bool? enregistre, CancellationToken ct)
    {
        if (!await AutoriserAsync(siren, ct))
        {
            return NotFound();
        }

        var calendrier = await db.CalendriersCampagnes.AsNoTracking().SingleOrDefaultAsync(c => c.EpciSiren == siren, ct);
        Dates = DatesCalendrier.Saisie(calendrier is null ? CalendrierCampagnes.DatesParDefaut : DatesCalendrier.Lire(calendrier.Dates));
        DureeJours = calendrier?.DureeJours ?? options.Value.DureeJours;
        Relances = string.Join(", ", DelaisCampagne.Lire(calendrier?.DelaisRelances ?? options.Value.DelaisRelances));
        Actif = calendrier?.Actif ?? false;
        Enregistre = enregistre == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string siren, CancellationToken ct)
    {
        if (!await AutoriserAsync(siren, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Erreurs["duree"] = "La durée doit être un nombre entier de jours.";
            return Page();
        }

        var erreurs = await modifier.EnregistrerAsync(siren, new DemandeCalendrier(Dates, DureeJours, Relances, Actif), adresses.Absolue(""), AuteurModification.Depuis(User).Nom, ct);
        if (erreurs.Count == 0)
        {
            return Redirect($"/campagnes/calendriers/{siren}?enregistre=true");
        }

        foreach (var e in erreurs)
        {
            Erreurs[e.Champ] = e.Message;
        }

        return Page();
    }

    private async Task<bool> AutoriserAsync(string siren, CancellationToken ct)
    {
        if (!DroitsLieu.Modere(User, siren))
        {
            return false;
        }

        NomEpci = await db.Epcis.Where(e => e.Siren == siren).Select(e => e.Nom).SingleOrDefaultAsync(ct) ?? "";
        return NomEpci.Length > 0;
    }
}
