using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Campagnes;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Campagnes;

/// <summary>The campaigns of the user's EPCIs, their calendars, and the form to create a campaign.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class IndexModel(PortreaDbContext db, CreerCampagne creer, AdressesPubliques adresses, IOptions<OptionsCampagnes> options, TimeProvider horloge) : PageModel
{
    public sealed record LigneCampagne(Campagne Campagne, string NomEpci, TauxReponseEpci? Taux);

    public sealed record LigneCalendrier(string Siren, string Nom, CalendrierCampagnes? Calendrier, DateOnly? Prochaine);

    public sealed class Saisie
    {
        public string? Epci { get; set; }
        public string? Nom { get; set; }
        public DateOnly? Debut { get; set; }
        public DateOnly? Fin { get; set; }
        public string? Relances { get; set; }
    }

    [BindProperty]
    public Saisie Nouvelle { get; set; } = new();

    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<LigneCampagne> Campagnes { get; private set; } = [];
    public List<LigneCalendrier> Calendriers { get; private set; } = [];
    public Dictionary<string, List<string>> Erreurs { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Nouvelle = new Saisie { Debut = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)), Relances = string.Join(", ", DelaisCampagne.Lire(options.Value.DelaisRelances)) };
        await ChargerAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var resultat = await creer.CreerAsync(
            new DemandeCampagne(string.IsNullOrEmpty(Nouvelle.Epci) ? null : CreerCampagne.PrefixeEpci + Nouvelle.Epci, Nouvelle.Nom, Nouvelle.Debut, Nouvelle.Fin, null, null, Nouvelle.Relances ?? ""),
            User, adresses.Absolue(""), ct);
        if (resultat.Campagne is { } campagne)
        {
            return Redirect($"/campagnes/{campagne.Id}");
        }

        foreach (var erreur in resultat.Erreurs)
        {
            (Erreurs.TryGetValue(erreur.Champ, out var liste) ? liste : Erreurs[erreur.Champ] = []).Add(erreur.Message);
        }

        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        Epcis = await AccesCampagnes.EpcisAsync(db, User, ct);
        var noms = Epcis.ToDictionary(e => e.Siren, e => e.Nom);
        var sirens = noms.Keys.ToList();
        var campagnes = await db.Campagnes.AsNoTracking().Where(c => sirens.Contains(c.EpciSiren))
            .OrderByDescending(c => c.Debut).ThenByDescending(c => c.Id).Take(200).ToListAsync(ct);
        var taux = (await StatistiquesCampagnes.TauxReponseParEpciAsync(db, sirens, ct)).ToDictionary(t => t.CampagneId);
        Campagnes = [.. campagnes.Select(c => new LigneCampagne(c, noms[c.EpciSiren], taux.GetValueOrDefault(c.Id)))];
        var calendriers = await db.CalendriersCampagnes.AsNoTracking().Where(c => sirens.Contains(c.EpciSiren)).ToDictionaryAsync(c => c.EpciSiren, ct);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        Calendriers = [.. Epcis.Select(e =>
        {
            var calendrier = calendriers.GetValueOrDefault(e.Siren);
            var prochaine = calendrier is { Actif: true } ? DatesCalendrier.Prochaine(DatesCalendrier.Lire(calendrier.Dates), aujourdhui) : null;
            return new LigneCalendrier(e.Siren, e.Nom, calendrier, prochaine);
        })];
    }

    public IReadOnlyList<string> ErreursDe(string champ) => Erreurs.GetValueOrDefault(champ) ?? [];
}
