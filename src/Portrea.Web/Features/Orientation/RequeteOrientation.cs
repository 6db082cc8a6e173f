using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Portrea.Core.Lieux;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Orientation;

/// <summary>
/// The query string of an orientation, the same on the API, the guided form, its results and the orientation sheet.
/// Lists may be repeated (<c>situation=a&amp;situation=b</c>, as a form sends them) or comma-separated (<c>situation=a,b</c>).
/// Numbers are read culture-invariant: the page runs in French but a position is always written with a dot.
/// </summary>
public sealed class RequeteOrientation
{
    [FromQuery(Name = "besoin")] public string? Besoin { get; set; }
    [FromQuery(Name = "service")] public string? Service { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "lat")] public string? Lat { get; set; }
    [FromQuery(Name = "lon")] public string? Lon { get; set; }
    [FromQuery(Name = "disponibilites")] public string[]? Disponibilites { get; set; }
    [FromQuery(Name = "situation")] public string[]? Situation { get; set; }

    /// <summary><c>oui</c>, <c>non</c>, or empty when it does not matter.</summary>
    [FromQuery(Name = "payant")] public string? Payant { get; set; }
    [FromQuery(Name = "rayon")] public string? Rayon { get; set; }
    [FromQuery(Name = "nombre")] public string? Nombre { get; set; }

    /// <summary>True when the form has been sent at least once (a need or a precise service is chosen).</summary>
    public bool EstRemplie => Vide(Besoin) is not null || Vide(Service) is not null;

    public IEnumerable<string> ListeDisponibilites => Eclater(Disponibilites);

    public IEnumerable<string> ListeSituations => Eclater(Situation);

    public sealed record Conversion(DemandeOrientation? Demande, string? Erreur);

    public async Task<Conversion> ConvertirAsync(PortreaDbContext db, CancellationToken ct)
    {
        var catalogue = CatalogueServicesPrecis.Defaut;
        ServicePrecis? service = null;
        if (Vide(Service) is { } codeService)
        {
            service = catalogue.Trouver(codeService);
            if (service is null)
            {
                return Echec($"Service précis inconnu « {codeService} » : valeurs possibles {string.Join(", ", catalogue.Services.Select(s => s.Code))}.");
            }
        }

        CategorieBesoin besoin;
        if (Vide(Besoin) is { } texteBesoin)
        {
            if (!CategorieBesoinTexte.TryParse(texteBesoin, out besoin))
            {
                return Echec($"Besoin inconnu « {texteBesoin} » : valeurs possibles {string.Join(", ", CategorieBesoinTexte.Toutes.Select(c => c.Code()))}.");
            }

            if (service is not null && service.Besoin != besoin)
            {
                return Echec($"Le service précis « {service.Libelle} » relève du besoin « {service.Besoin.Libelle()} », pas de « {besoin.Libelle()} ».");
            }
        }
        else if (service is not null)
        {
            besoin = service.Besoin;
        }
        else
        {
            return Echec($"Indiquez le besoin de la personne (besoin) : {string.Join(", ", CategorieBesoinTexte.Toutes.Select(c => c.Code()))}.");
        }

        var disponibilites = new List<Disponibilite>();
        foreach (var texte in ListeDisponibilites)
        {
            if (!Disponibilite.TryParse(texte, out var disponibilite))
            {
                return Echec($"Disponibilité inconnue « {texte} » : un jour et une demi-journée, par exemple lundi-matin ou mardi-apresmidi.");
            }

            disponibilites.Add(disponibilite.Value);
        }

        var situations = new HashSet<Situation>();
        foreach (var texte in ListeSituations)
        {
            if (!SituationTexte.TryParse(texte, out var situation))
            {
                return Echec($"Situation inconnue « {texte} » : valeurs possibles {string.Join(", ", SituationTexte.Toutes.Select(s => s.Code()))}.");
            }

            situations.Add(situation);
        }

        bool? peutPayer;
        switch (Vide(Payant)?.ToLowerInvariant())
        {
            case null: peutPayer = null; break;
            case "oui": peutPayer = true; break;
            case "non": peutPayer = false; break;
            default: return Echec($"« payant » vaut oui, non ou rien (peu importe), pas « {Payant} ».");
        }

        if (!LireNombre(Rayon, DemandeOrientation.RayonParDefautKm, 1, DemandeOrientation.RayonMaximumKm, out var rayon))
        {
            return Echec($"Rayon invalide « {Rayon} » : une distance en kilomètres, de 1 à {DemandeOrientation.RayonMaximumKm:0}.");
        }

        if (!LireNombre(Nombre, DemandeOrientation.NombreParDefaut, 1, DemandeOrientation.NombreMaximum, out var nombre) || nombre % 1 != 0)
        {
            return Echec($"Nombre de résultats invalide « {Nombre} » : un entier de 1 à {DemandeOrientation.NombreMaximum}.");
        }

        TrouverPointDeDepart.Resultat depart;
        if (Vide(Lat) is not null || Vide(Lon) is not null)
        {
            if (!double.TryParse(Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                return Echec($"Position invalide : lat et lon sont deux nombres décimaux avec un point (ex. lat=48.51&lon=-2.76), pas « {Lat} » et « {Lon} ».");
            }

            depart = TrouverPointDeDepart.DepuisPosition(lat, lon);
        }
        else if (Vide(Commune) is { } commune)
        {
            depart = await TrouverPointDeDepart.DepuisCommuneAsync(db, commune, ct);
        }
        else
        {
            return Echec("Indiquez où habite la personne : une commune (nom, code postal ou code INSEE) ou une position (lat et lon).");
        }

        return depart.Point is null
            ? Echec(depart.Erreur!)
            : new Conversion(
                new DemandeOrientation
                {
                    Besoin = besoin,
                    Service = service,
                    Depart = depart.Point,
                    Disponibilites = [.. disponibilites.Distinct()],
                    Situations = situations,
                    PeutPayer = peutPayer,
                    RayonKm = rayon,
                    Nombre = (int)nombre,
                },
                null);
    }

    /// <summary>The canonical query string of this request, for links from the results to the sheets and back.</summary>
    public string QueryString(params (string Cle, string? Valeur)[] autres)
    {
        var parametres = new List<KeyValuePair<string, string?>>
        {
            new("besoin", Vide(Besoin)),
            new("service", Vide(Service)),
            new("commune", Vide(Commune)),
            new("lat", Vide(Lat)),
            new("lon", Vide(Lon)),
            new("disponibilites", string.Join(',', ListeDisponibilites)),
            new("situation", string.Join(',', ListeSituations)),
            new("payant", Vide(Payant)),
            new("rayon", Vide(Rayon)),
        };
        parametres.AddRange(autres.Select(a => new KeyValuePair<string, string?>(a.Cle, a.Valeur)));
        return QueryHelpers.AddQueryString("", parametres.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static Conversion Echec(string erreur) => new(null, erreur);

    private static bool LireNombre(string? texte, double parDefaut, double minimum, double maximum, out double valeur)
    {
        valeur = parDefaut;
        if (Vide(texte) is not { } t)
        {
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out valeur) && valeur >= minimum && valeur <= maximum;
    }

    private static IEnumerable<string> Eclater(string[]? valeurs) =>
        (valeurs ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct();

    private static string? Vide(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
}
