using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Lieux;

namespace Portrea.Web.Features.Carte;

/// <summary>
/// The accessible twin of the map: the same query string gives the same places and territories, as tables that a
/// keyboard or a screen reader can go through.
/// </summary>
public sealed class ListeModel(PortreaDbContext db, CalculerIndicateurs indicateurs, TimeProvider horloge) : PageModel
{
    public const int TaillePage = 50;

    public FiltresCarte Filtres { get; private set; } = null!;
    public ChoixCarte Choix { get; private set; } = null!;
    public IndicateurCarte? Indicateur { get; private set; }
    public NiveauTerritoire Niveau { get; private set; }
    public List<LigneTerritoire> Territoires { get; private set; } = [];
    public List<Lieu> Lieux { get; private set; } = [];
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public int TotalLieux { get; private set; }
    public int NumeroPage { get; private set; } = 1;
    public string? Erreur { get; private set; }
    public DateTime Maintenant { get; private set; }

    public (FiltresCarte Filtres, ChoixCarte Choix, string Action) Formulaire => (Filtres, Choix, "/carte/liste");

    public int NombrePages => Math.Max(1, (TotalLieux + TaillePage - 1) / TaillePage);

    public sealed record LigneTerritoire(string Code, string Nom, long? Population, double? Valeur, ValeurIndicateur? Detail);

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        Filtres = FiltresCarte.Lire(Request.Query);
        Choix = ChargerChoix.Charger(indicateurs);
        Indicateur = Choix.Indicateurs.FirstOrDefault(i => i.Code == Filtres.Indicateur);
        Niveau = Filtres.NiveauEffectif() == "commune" ? NiveauTerritoire.Commune : NiveauTerritoire.Epci;
        NumeroPage = Math.Max(1, page ?? 1);
        Maintenant = HeureDeParis.Maintenant(horloge);

        await ChargerTerritoiresAsync(ct);

        var requete = new RequeteLieux
        {
            Besoin = Filtres.Besoin,
            Service = Filtres.Service,
            Public = Filtres.Public,
            Label = Filtres.Label,
            Q = Filtres.Q,
            Ouvert = Filtres.Ouvert,
            Commune = Filtres.TerritoireNiveau == "commune" ? Filtres.TerritoireCode : null,
            Epci = Filtres.TerritoireNiveau == "epci" ? Filtres.TerritoireCode : null,
            Departement = Filtres.TerritoireNiveau == "departement" ? Filtres.TerritoireCode : null,
        };
        if (!requete.TryConvertir(horloge, out var filtresLieux, out var erreur))
        {
            Erreur = erreur;
            return;
        }

        (TotalLieux, Lieux) = await RechercherLieux.PagerAsync(db, filtresLieux, (NumeroPage - 1) * TaillePage, TaillePage, ct);
        var codes = Lieux.Select(l => l.CommuneCode).OfType<string>().Distinct().ToList();
        NomsCommunes = await db.Communes.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
    }

    private async Task ChargerTerritoiresAsync(CancellationToken ct)
    {
        var valeurs = Indicateur is null
            ? new Dictionary<string, ValeurIndicateur>()
            : (await indicateurs.ParNiveauAsync(Indicateur.Code, Niveau, null, ct) ?? []).ToDictionary(v => v.Code);
        double? Afficher(ValeurIndicateur? v) => v is null ? null : Indicateur!.EnPart ? v.Part * 100 : v.Valeur;

        if (Niveau == NiveauTerritoire.Commune)
        {
            var requete = db.Communes.AsNoTracking();
            requete = Filtres.TerritoireNiveau switch
            {
                "epci" => requete.Where(c => c.EpciSiren == Filtres.TerritoireCode),
                "departement" => requete.Where(c => c.DepartementCode == Filtres.TerritoireCode),
                "commune" => requete.Where(c => c.Code == Filtres.TerritoireCode),
                _ => requete,
            };
            Territoires = [.. (await requete.Select(c => new { c.Code, c.Nom, c.PopulationMunicipale }).ToListAsync(ct))
                .Select(c => new LigneTerritoire(c.Code, c.Nom, c.PopulationMunicipale, Indicateur is null ? null : Afficher(valeurs.GetValueOrDefault(c.Code)), valeurs.GetValueOrDefault(c.Code)))];
        }
        else
        {
            var requete = db.Epcis.AsNoTracking();
            if (Filtres.TerritoireNiveau == "epci")
            {
                requete = requete.Where(e => e.Siren == Filtres.TerritoireCode);
            }

            Territoires = [.. (await requete.Select(e => new { e.Siren, e.Nom, e.PopulationMunicipale }).ToListAsync(ct))
                .Select(e => new LigneTerritoire(e.Siren, e.Nom, e.PopulationMunicipale, Indicateur is null ? null : Afficher(valeurs.GetValueOrDefault(e.Siren)), valeurs.GetValueOrDefault(e.Siren)))];
        }

        // Highest need first; territories without data last, never sorted as zero.
        Territoires = [.. Territoires.OrderBy(t => t.Valeur is null).ThenByDescending(t => t.Valeur).ThenBy(t => t.Nom, StringComparer.Create(Shared.Format.Francais, true))];
    }
}
