using System.Globalization;
using Portrea.Core.AnnuaireDuReseau;
using Portrea.Core.Lieux;

namespace Portrea.Web.Features.AnnuaireDuReseau;

/// <summary>The directory's query string, shared by the pages and the API: <c>epci, commune, besoin, structure, q</c>.</summary>
public sealed class RequeteReseau
{
    public string? Epci { get; set; }
    public string? Commune { get; set; }
    public string? Besoin { get; set; }
    public string? Structure { get; set; }
    public string? Q { get; set; }

    /// <summary>Null when every filter is understood; otherwise the French reason.</summary>
    public string? Convertir(DonneesReseau donnees, out FiltresReseau filtres)
    {
        filtres = new FiltresReseau();
        string? commune = null;
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var texte = Commune.Trim();
            commune = donnees.Communes.FirstOrDefault(c => c.Code == texte || string.Equals(c.Nom, texte, StringComparison.OrdinalIgnoreCase))?.Code;
            if (commune is null)
            {
                return $"La commune « {texte} » n'appartient pas à {donnees.Nom}.";
            }
        }

        CategorieBesoin? besoin = null;
        if (!string.IsNullOrWhiteSpace(Besoin))
        {
            if (!CategorieBesoinTexte.TryParse(Besoin, out var b))
            {
                return $"Besoin inconnu « {Besoin.Trim()} » : {string.Join(", ", CategorieBesoinTexte.Toutes.Select(c => c.Code()))}.";
            }

            besoin = b;
        }

        int? structure = null;
        if (!string.IsNullOrWhiteSpace(Structure))
        {
            if (!int.TryParse(Structure.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                return $"Structure inconnue « {Structure.Trim()} » : donnez son numéro, tel que la liste des structures l'indique.";
            }

            structure = s;
        }

        filtres = new FiltresReseau { CommuneCode = commune, Besoin = besoin, StructureId = structure, Texte = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim() };
        return null;
    }

    /// <summary>The query string of these filters for another EPCI-scoped address (export, matrix cell…).</summary>
    public static string Chaine(string siren, FiltresReseau filtres, params (string Cle, string Valeur)[] autres)
    {
        var parties = new List<(string, string?)>
        {
            ("epci", siren),
            ("commune", filtres.CommuneCode),
            ("besoin", filtres.Besoin?.Code()),
            ("structure", filtres.StructureId?.ToString(CultureInfo.InvariantCulture)),
            ("q", filtres.Texte),
        };
        parties.AddRange(autres.Select(a => (a.Cle, (string?)a.Valeur)));
        return "?" + string.Join('&', parties.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
    }
}
