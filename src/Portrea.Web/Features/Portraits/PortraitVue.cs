using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Portraits;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Portraits;

/// <summary>Everything the portrait page, its PDF and its API show for one territory, under one scenario.</summary>
public sealed record PortraitVue(
    NiveauTerritoire Niveau,
    string Code,
    string Nom,
    string Nature,
    string LienTerritoire,
    IReadOnlyList<Commune> Communes,
    long? Population,
    string? MillesimePopulation,
    IReadOnlyList<CarteSvg.Forme> Formes,
    IReadOnlyList<IndicateurDuTerritoire> Indicateurs,
    ResultatPortrait Resultat,
    ResultatPortrait? Reference,
    string? ErreurScenario,
    DateOnly Date)
{
    /// <summary>URL segment of the level, as in the territory pages (<c>epci</c>, <c>communes</c>, <c>departements</c>).</summary>
    public string Segment => SegmentDe(Niveau);

    public string Lien => $"/portraits/{Segment}/{Code}";

    public string LienPdf => $"{Lien}.pdf{RequeteScenario}";

    public string LienApi => $"/api/v1/portraits/{Segment}/{Code}{RequeteScenario}";

    public string RequeteScenario => Resultat.Scenario.EstVide ? "" : "?" + string.Join("&",
        Resultat.Scenario.Ajouts.Select(a => "ajout=" + Uri.EscapeDataString(a.Texte))
            .Concat(Resultat.Scenario.Retraits.Select(r => "retrait=" + Uri.EscapeDataString(r.Texte))));

    public IEnumerable<CarteSvg.Repere> Reperes => Resultat.Lieux
        .Where(l => l.DansTerritoire && l.Latitude is not null && l.Longitude is not null && l.Services.Count > 0)
        .Select(l => new CarteSvg.Repere(l.Latitude!.Value, l.Longitude!.Value, l.Nom, l.Simule));

    public static string SegmentDe(NiveauTerritoire niveau) => niveau switch
    {
        NiveauTerritoire.Epci => "epci",
        NiveauTerritoire.Commune => "communes",
        NiveauTerritoire.Departement => "departements",
        _ => throw new ArgumentOutOfRangeException(nameof(niveau)),
    };

    public static bool TryNiveau(string segment, out NiveauTerritoire niveau)
    {
        niveau = segment switch
        {
            "epci" => NiveauTerritoire.Epci,
            "communes" => NiveauTerritoire.Commune,
            "departements" => NiveauTerritoire.Departement,
            _ => default,
        };
        return niveau != default;
    }
}
