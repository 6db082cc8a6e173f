using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Indicateurs.Import;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;
using Portrea.Core.Territoires;

namespace Portrea.Web.Features.Indicateurs;

public sealed class MethodologieModel(PortreaDbContext db, CalculerIndicateurs indicateurs) : PageModel
{
    public RegistreIndicateurs Registre => indicateurs.Registre;

    public IReadOnlyDictionary<string, double> Parametres => indicateurs.Parametres;

    /// <summary>Per indicator, its value for each loaded région (coverage, vintages actually used).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Region, ValeurIndicateur Valeur)>> ParRegion { get; private set; } =
        new Dictionary<string, IReadOnlyList<(string, ValeurIndicateur)>>();

    public IReadOnlyList<JeuDeDonnees> Jeux { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var resultats = await indicateurs.ResultatsAsync(ct);
        var regions = await db.Regions.OrderBy(r => r.Nom).ToListAsync(ct);
        ParRegion = Registre.Indicateurs.ToDictionary(
            i => i.Code,
            i => (IReadOnlyList<(string, ValeurIndicateur)>)[.. regions
                .Select(r => (r.Nom, resultats.Valeur(i.Code, NiveauTerritoire.Region, r.Code)))
                .Where(x => x.Item2 is not null)
                .Select(x => (x.Nom, x.Item2!))]);
        Jeux = await db.JeuxDeDonnees.Where(j => j.Cle.StartsWith(VariablesImporter.PrefixeJeu)).OrderBy(j => j.Source).ToListAsync(ct);
    }
}
