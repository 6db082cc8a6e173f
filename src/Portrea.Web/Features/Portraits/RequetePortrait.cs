using System.Globalization;

namespace Portrea.Web.Features.Portraits;

/// <summary>
/// The scenario of a portrait request: <c>ajout</c> and <c>retrait</c> values, plus what the what-if form adds (its
/// fields are plain GET fields, so the simulation works without JavaScript).
/// </summary>
public static class RequetePortrait
{
    public static (List<string?> Ajouts, List<string?> Retraits, bool DepuisFormulaire) Lire(IQueryCollection requete)
    {
        var ajouts = requete["ajout"].ToList();
        var retraits = requete["retrait"].ToList();
        var action = requete["action"].ToString();
        if (action == "ajouter")
        {
            ajouts.Add(string.Create(CultureInfo.InvariantCulture, $"{requete["ajoutCommune"]}:{requete["ajoutBesoin"]}:{requete["ajoutHeures"]}"));
        }
        else if (action == "retirer" && !string.IsNullOrWhiteSpace(requete["retraitLieu"]))
        {
            retraits.Add(requete["retraitLieu"].ToString());
        }

        return (ajouts, retraits, action is "ajouter" or "retirer");
    }
}
