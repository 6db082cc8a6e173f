using System.Text.Json;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Orientation;

/// <summary>
/// The catalogue of precise services, loaded once from the embedded JSON and checked against the standard's
/// vocabularies, so that a typo in the data fails at start rather than silently matching nothing.
/// </summary>
public sealed class CatalogueServicesPrecis
{
    private static readonly Lazy<CatalogueServicesPrecis> Instance = new(Charger);

    private readonly Dictionary<string, ServicePrecis> parCode;

    private CatalogueServicesPrecis(IReadOnlyList<ServicePrecis> services)
    {
        Services = services;
        parCode = services.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
    }

    public static CatalogueServicesPrecis Defaut => Instance.Value;

    public IReadOnlyList<ServicePrecis> Services { get; }

    public ServicePrecis? Trouver(string? code) => code is not null && parCode.TryGetValue(code.Trim(), out var s) ? s : null;

    public IEnumerable<ServicePrecis> DuBesoin(CategorieBesoin besoin) => Services.Where(s => s.Besoin == besoin);

    public static CatalogueServicesPrecis Lire(Stream flux)
    {
        var fichier = JsonSerializer.Deserialize<FichierCatalogue>(flux, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new FormatException("Catalogue des services précis vide.");
        var erreurs = new List<string>();
        var services = new List<ServicePrecis>();
        foreach (var e in fichier.Services)
        {
            if (!CategorieBesoinTexte.TryParse(e.Besoin, out var besoin))
            {
                erreurs.Add($"{e.Code} : besoin inconnu « {e.Besoin} »");
            }

            Verifier(e.Code, "service du standard", e.ServicesNationaux, ValeursStandard.Services, erreurs);
            Verifier(e.Code, "dispositif", e.Dispositifs, ValeursStandard.DispositifProgrammesNationaux, erreurs);
            Verifier(e.Code, "formation ou label", e.Formations, ValeursStandard.FormationsLabels, erreurs);
            Verifier(e.Code, "équipement", e.Equipements, [.. Lieux.Equipements.Libelles.Keys], erreurs);
            if (e.AApporter.Count == 0)
            {
                erreurs.Add($"{e.Code} : la liste « à apporter » est vide");
            }

            services.Add(new ServicePrecis(e.Code, e.Libelle, besoin, e.Propose, e.ServicesNationaux, e.NomsServices, e.Dispositifs, e.Formations, e.Equipements, e.AApporter));
        }

        if (services.GroupBy(s => s.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } doublon)
        {
            erreurs.Add($"code en double « {doublon.Key} »");
        }

        return erreurs.Count > 0
            ? throw new FormatException("Catalogue des services précis invalide : " + string.Join(" ; ", erreurs) + ".")
            : new CatalogueServicesPrecis(services);
    }

    private static CatalogueServicesPrecis Charger()
    {
        using var flux = typeof(CatalogueServicesPrecis).Assembly.GetManifestResourceStream("catalogue-services-precis.json")
            ?? throw new InvalidOperationException("Ressource catalogue-services-precis.json absente de l'assemblage.");
        return Lire(flux);
    }

    private static void Verifier(string code, string nature, IEnumerable<string> valeurs, IReadOnlyList<string> permises, List<string> erreurs) =>
        erreurs.AddRange(valeurs.Where(v => !permises.Contains(v)).Select(v => $"{code} : {nature} inconnu « {v} »"));

    private sealed record FichierCatalogue(List<EntreeCatalogue> Services);

    private sealed class EntreeCatalogue
    {
        public string Code { get; init; } = "";
        public string Libelle { get; init; } = "";
        public string Besoin { get; init; } = "";
        public string Propose { get; init; } = "";
        public List<string> ServicesNationaux { get; init; } = [];
        public List<string> NomsServices { get; init; } = [];
        public List<string> Dispositifs { get; init; } = [];
        public List<string> Formations { get; init; } = [];
        public List<string> Equipements { get; init; } = [];
        public List<string> AApporter { get; init; } = [];
    }
}
