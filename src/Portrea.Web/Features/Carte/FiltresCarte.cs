using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Portrea.Web.Features.Carte;

/// <summary>
/// The state of the map as carried by the query string, shared by <c>/carte</c>, <c>/carte/liste</c> and <c>/integrer</c>
/// so that a view can be shared and the list shows exactly what the map shows.
/// </summary>
public sealed record FiltresCarte(
    string? Indicateur,
    string Niveau,
    string Classes,
    string? Besoin,
    string? Service,
    string? Public,
    string? Label,
    string? Ouvert,
    string? Q,
    string? Territoire,
    string? Vue)
{
    /// <summary>Zoom from which the "auto" level shows communes rather than EPCI (as in the browser code).</summary>
    public const int ZoomCommunes = 10;

    public static FiltresCarte Lire(IQueryCollection requete)
    {
        string? Valeur(string cle) => requete[cle].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        var ouvert = Valeur("ouvert");
        if (ouvert == "le" && Valeur("jour") is { } jour)
        {
            ouvert = $"{jour}T{Valeur("heure") ?? "10:00"}";
        }
        else if (ouvert == "le")
        {
            ouvert = null;
        }

        return new FiltresCarte(
            Valeur("indicateur"),
            Valeur("niveau") is "commune" or "epci" ? Valeur("niveau")! : "auto",
            Valeur("classes") == "seuils-naturels" ? "seuils-naturels" : "quantiles",
            Valeur("besoin"), Valeur("service"), Valeur("public"), Valeur("label"), ouvert, Valeur("q"), Valeur("territoire"), Valeur("vue"));
    }

    /// <summary>The level the map shows: the one chosen, or for "auto" the one that fits the zoom of the shared view.</summary>
    public string NiveauEffectif()
    {
        if (Niveau != "auto")
        {
            return Niveau;
        }

        var parties = (Vue ?? "").Split(',');
        return parties.Length == 3 && double.TryParse(parties[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var zoom) && zoom >= ZoomCommunes
            ? "commune"
            : TerritoireNiveau is "commune" ? "commune" : "epci";
    }

    public string? TerritoireNiveau => Territoire?.Split(':') is [var n, _] ? n : null;

    public string? TerritoireCode => Territoire?.Split(':') is [_, var c] ? c : null;

    public bool OuvertMaintenant => Ouvert == "maintenant";

    public string? OuvertJour => Ouvert is { Length: >= 10 } o && o != "maintenant" ? o[..10] : null;

    public string? OuvertHeure => Ouvert is { Length: >= 16 } o && o != "maintenant" ? o[11..16] : null;

    public string QueryString()
    {
        var q = new QueryBuilder();
        void Ajouter(string cle, string? valeur)
        {
            if (!string.IsNullOrEmpty(valeur))
            {
                q.Add(cle, valeur);
            }
        }

        Ajouter("indicateur", Indicateur);
        Ajouter("niveau", Niveau == "auto" ? null : Niveau);
        Ajouter("classes", Classes == "quantiles" ? null : Classes);
        Ajouter("besoin", Besoin);
        Ajouter("service", Service);
        Ajouter("public", Public);
        Ajouter("label", Label);
        Ajouter("ouvert", Ouvert);
        Ajouter("q", Q);
        Ajouter("territoire", Territoire);
        Ajouter("vue", Vue);
        return q.ToQueryString().Value ?? "";
    }
}
