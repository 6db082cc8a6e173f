using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NetTopologySuite.Geometries;
using Portrea.Core.Geo;

namespace Portrea.Web.Features.Lieux;

/// <summary>
/// A small server-drawn map of a place: its commune's outline and a marker, readable without JavaScript or tiles.
/// It is an image whose text alternative is the address printed next to it.
/// </summary>
public static class CarteLieuSvg
{
    private const double Largeur = 320;

    public static IHtmlContent Rendre(string? contourGeoJson, double latitude, double longitude, string titre)
    {
        var contour = contourGeoJson is null ? null : GeoJsonGeometrie.Lire(contourGeoJson);
        var enveloppe = contour?.EnvelopeInternal.Copy() ?? new Envelope();
        enveloppe.ExpandToInclude(longitude, latitude);
        enveloppe.ExpandBy(Math.Max(enveloppe.Width, 0.01) * 0.05, Math.Max(enveloppe.Height, 0.01) * 0.05);
        var kx = Math.Cos(enveloppe.Centre.Y * Math.PI / 180);
        var echelle = Largeur / Math.Max(enveloppe.Width * kx, 1e-9);
        var hauteur = Math.Max(enveloppe.Height * echelle, 1);
        string X(double lon) => ((lon - enveloppe.MinX) * kx * echelle).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double lat) => ((enveloppe.MaxY - lat) * echelle).ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte-svg carte-lieu\" viewBox=\"0 0 {Largeur:0} {hauteur:0}\" role=\"img\" aria-labelledby=\"carte-lieu-titre\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"carte-lieu-titre\">").Append(HtmlEncoder.Default.Encode(titre)).Append("</title>");
        if (contour is not null)
        {
            svg.Append("<path class=\"forme\" d=\"");
            for (var i = 0; i < contour.NumGeometries; i++)
            {
                if (contour.GetGeometryN(i) is Polygon polygone)
                {
                    foreach (var anneau in new[] { polygone.ExteriorRing }.Concat(polygone.InteriorRings))
                    {
                        var premier = true;
                        foreach (var c in anneau.Coordinates)
                        {
                            svg.Append(premier ? 'M' : 'L').Append(X(c.X)).Append(' ').Append(Y(c.Y));
                            premier = false;
                        }

                        svg.Append('Z');
                    }
                }
            }

            svg.Append("\"/>");
        }

        svg.Append("<circle class=\"repere\" cx=\"").Append(X(longitude)).Append("\" cy=\"").Append(Y(latitude)).Append("\" r=\"7\"/>");
        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
