using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Lieux;

public sealed class FicheModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    public Lieu Lieu { get; private set; } = null!;
    public Commune? Commune { get; private set; }
    public HorairesOsm? Horaires { get; private set; }
    public EtatOuverture? Etat { get; private set; }
    public string? ContourCommune { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking()
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Services).ThenInclude(s => s.Structure)
            .Include(l => l.Contacts.Where(c => c.Public))
            .Include(l => l.Structure)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Identifiant == id, ct);
        if (lieu is null)
        {
            return NotFound();
        }

        Lieu = lieu;
        if (lieu.CommuneCode is { } code)
        {
            Commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
            ContourCommune = await db.Contours.Where(c => c.Niveau == NiveauTerritoire.Commune && c.Code == code).Select(c => c.GeoJson).FirstOrDefaultAsync(ct);
        }

        if (lieu.Horaires is not null && HorairesOsm.TryAnalyser(lieu.Horaires, out var horaires, out _))
        {
            Horaires = horaires;
            Etat = horaires.Etat(HeureDeParis.Maintenant(horloge));
        }

        return Page();
    }

    public static IReadOnlyList<string> Liste(string valeur) => LieuxMapping.Liste(valeur);
}
