using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portrea.Core.Orientation;

namespace Portrea.Web.Features.Orientation;

/// <summary>
/// A server-drawn horizontal bar chart, so that statistics need no script. It is an image whose text alternative is
/// the table printed next to it (RGAA: a complex image has a detailed alternative).
/// </summary>
public static class GraphiqueBarres
{
    private const int Largeur = 640;
    private const int HauteurBarre = 22;
    private const int Espace = 8;
    private const int LargeurLibelles = 260;

    public static IHtmlContent Rendre(IReadOnlyList<StatistiquesOrientation.Ligne> lignes, string titre, string idTableau)
    {
        if (lignes.Count == 0)
        {
            return HtmlString.Empty;
        }

        var encodeur = HtmlEncoder.Default;
        var maximum = Math.Max(1, lignes.Max(l => l.Nombre));
        var hauteur = (lignes.Count * (HauteurBarre + Espace)) + Espace;
        var largeurBarres = Largeur - LargeurLibelles - 50;
        var id = "graphique-" + idTableau;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"graphique-barres\" viewBox=\"0 0 {Largeur} {hauteur}\" role=\"img\" aria-labelledby=\"{id}-titre\" aria-describedby=\"{id}-desc\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titre\">{encodeur.Encode(titre)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">Les valeurs sont dans le tableau qui suit.</desc>");
        for (var i = 0; i < lignes.Count; i++)
        {
            var ligne = lignes[i];
            var y = Espace + (i * (HauteurBarre + Espace));
            var largeur = ligne.Nombre == 0 ? 0 : Math.Max(2, largeurBarres * ligne.Nombre / (double)maximum);
            var libelle = ligne.Libelle.Length > 38 ? ligne.Libelle[..37] + "…" : ligne.Libelle;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LargeurLibelles - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{encodeur.Encode(libelle)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"barre\" x=\"{LargeurLibelles}\" y=\"{y}\" width=\"{largeur:0.#}\" height=\"{HauteurBarre}\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LargeurLibelles + largeur + 6:0.#}\" y=\"{y + 15}\">{ligne.Nombre}</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
