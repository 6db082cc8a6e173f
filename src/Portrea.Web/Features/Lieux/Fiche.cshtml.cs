using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
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
    public DroitsLieu Droits { get; private set; } = null!;

    /// <summary>Public contacts, and private ones for those who may read them.</summary>
    public IReadOnlyList<ContactLieu> Contacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var lieu = await ChargerLieu.CompletAsync(db, id, ct);
        if (lieu is null)
        {
            return NotFound();
        }

        Lieu = lieu;
        Droits = await DroitsLieu.CalculerAsync(db, User, lieu, ct);
        if (lieu.Brouillon && !Droits.Publier)
        {
            return NotFound();
        }

        Contacts = [.. lieu.Contacts.Where(c => c.Public || Droits.VoirContactsPrives).OrderBy(c => c.Id)];
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
