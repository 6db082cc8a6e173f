using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Lieux;

public sealed class IndexModel(PortreaDbContext db, TimeProvider horloge) : PageModel
{
    public const int TaillePage = 20;

    [BindProperty(SupportsGet = true)]
    public RequeteLieux Requete { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int NumeroPage { get; set; } = 1;

    public List<Lieu> Lieux { get; private set; } = [];
    public int Total { get; private set; }
    public string? Erreur { get; private set; }
    public List<Departement> Departements { get; private set; } = [];
    public List<Epci> Epcis { get; private set; } = [];
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public DateTime Maintenant { get; private set; }

    public int NombrePages => Math.Max(1, (Total + TaillePage - 1) / TaillePage);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Maintenant = HeureDeParis.Maintenant(horloge);
        Departements = await db.Departements.OrderBy(d => d.Code).ToListAsync(ct);
        Epcis = await db.Epcis.OrderBy(e => e.Nom).ToListAsync(ct);
        // People type a commune's name; the filter wants its INSEE code.
        if (Requete.Commune?.Trim() is { Length: > 0 } saisie && !(saisie.Length == 5 && saisie.All(char.IsAsciiLetterOrDigit)))
        {
            var code = await db.Communes.Where(c => c.Nom.ToLower() == saisie.ToLower()).Select(c => c.Code).FirstOrDefaultAsync(ct);
            if (code is null)
            {
                Erreur = $"Aucune commune chargée ne s'appelle « {saisie} ».";
                return;
            }

            Requete.Commune = code;
        }

        if (!Requete.TryConvertir(horloge, out var filtres, out var erreur))
        {
            Erreur = erreur;
            return;
        }

        NumeroPage = Math.Max(1, NumeroPage);
        (Total, Lieux) = await RechercherLieux.PagerAsync(db, filtres, (NumeroPage - 1) * TaillePage, TaillePage, ct);
        var codes = Lieux.Select(l => l.CommuneCode).OfType<string>().Distinct().ToList();
        NomsCommunes = await db.Communes.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
    }

    public string Lien(int page)
    {
        var parametres = new Dictionary<string, string?>
        {
            ["commune"] = Requete.Commune,
            ["epci"] = Requete.Epci,
            ["departement"] = Requete.Departement,
            ["besoin"] = Requete.Besoin,
            ["service"] = Requete.Service,
            ["public"] = Requete.Public,
            ["label"] = Requete.Label,
            ["q"] = Requete.Q,
            ["ouvert"] = Requete.Ouvert,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/lieux", parametres.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
