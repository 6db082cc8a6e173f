using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portrea.Web.Features.Portraits;

/// <summary>
/// A horizontal bar chart drawn on the server, so that it prints in the PDF and needs no script. It is an image: the
/// table printed next to it holds the same figures (RGAA alternative). A missing value draws no bar and says so.
/// </summary>
public static class GraphiqueBarres
{
    public sealed record Barre(string Libelle, double? Valeur, string Texte);

    private const double Largeur = 640;
    private const double Marge = 260;
    private const double HauteurBarre = 26;

    public static IHtmlContent Rendre(string id, string titre, IReadOnlyList<Barre> barres)
    {
        var maximum = barres.Select(b => b.Valeur ?? 0).DefaultIfEmpty(0).Max();
        var hauteur = (barres.Count * HauteurBarre) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"graphique\" viewBox=\"0 0 {Largeur:0} {hauteur:0}\" role=\"img\" aria-labelledby=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">").Append(HtmlEncoder.Default.Encode(titre)).Append("</title>");
        for (var i = 0; i < barres.Count; i++)
        {
            var barre = barres[i];
            var y = (i * HauteurBarre) + 4;
            var longueur = maximum > 0 && barre.Valeur is { } v ? v / maximum * (Largeur - Marge - 120) : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Marge - 8:0}\" y=\"{y + 17:0}\" text-anchor=\"end\" class=\"graphique-libelle\">")
                .Append(HtmlEncoder.Default.Encode(barre.Libelle)).Append("</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Marge:0}\" y=\"{y:0}\" width=\"{longueur:0.#}\" height=\"{HauteurBarre - 8:0}\" class=\"graphique-barre\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Marge + longueur + 6:0.#}\" y=\"{y + 17:0}\" class=\"graphique-valeur\">")
                .Append(HtmlEncoder.Default.Encode(barre.Texte)).Append("</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
