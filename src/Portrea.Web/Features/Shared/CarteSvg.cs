using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Portrea.Core.Geo;

namespace Portrea.Web.Features.Shared;

/// <summary>
/// A small server-drawn outline map of a territory and its parts, so that territory pages show their contours
/// without JavaScript. It is an image (the lists on the page are its text alternative).
/// </summary>
public static class CarteSvg
{
    public sealed record Forme(string Code, string Nom, string GeoJson, bool Accent = false);

    /// <summary>A point drawn over the outlines (a help place), named in its tooltip.</summary>
    public sealed record Repere(double Latitude, double Longitude, string Nom, bool Accent = false);

    private const double Largeur = 480;

    public static IHtmlContent Rendre(IReadOnlyList<Forme> formes, string titre, IReadOnlyList<Repere>? reperes = null)
    {
        if (formes.Count == 0)
        {
            return HtmlString.Empty;
        }

        var geometries = formes.Select(f => (f, Geometrie: GeoJsonGeometrie.Lire(f.GeoJson))).ToList();
        var enveloppe = new Envelope();
        foreach (var (_, g) in geometries)
        {
            enveloppe.ExpandToInclude(g.EnvelopeInternal);
        }

        // Equirectangular projection corrected by the cosine of the mean latitude: faithful enough at a région's scale.
        var kx = Math.Cos(enveloppe.Centre.Y * Math.PI / 180);
        var largeurMonde = Math.Max(enveloppe.Width * kx, 1e-9);
        var echelle = Largeur / largeurMonde;
        var hauteur = Math.Max(enveloppe.Height * echelle, 1);
        var tolerance = 0.6 / echelle;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte-svg\" viewBox=\"0 0 {Largeur:0} {hauteur:0}\" role=\"img\" aria-labelledby=\"carte-titre\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"carte-titre\">").Append(HtmlEncoder.Default.Encode(titre)).Append("</title>");
        foreach (var (forme, geometrie) in geometries)
        {
            var simple = formes.Count > 1 ? TopologyPreservingSimplifier.Simplify(geometrie, tolerance) : geometrie;
            svg.Append("<path class=\"").Append(forme.Accent ? "forme forme-accent" : "forme").Append("\" d=\"");
            AjouterChemin(svg, simple, enveloppe, kx, echelle);
            svg.Append("\"><title>").Append(HtmlEncoder.Default.Encode(forme.Nom)).Append("</title></path>");
        }

        foreach (var repere in reperes ?? [])
        {
            var x = (repere.Longitude - enveloppe.MinX) * kx * echelle;
            var y = (enveloppe.MaxY - repere.Latitude) * echelle;
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{(repere.Accent ? "repere repere-accent" : "repere")}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\"><title>")
                .Append(HtmlEncoder.Default.Encode(repere.Nom)).Append("</title></circle>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void AjouterChemin(StringBuilder svg, Geometry geometrie, Envelope e, double kx, double echelle)
    {
        for (var i = 0; i < geometrie.NumGeometries; i++)
        {
            if (geometrie.GetGeometryN(i) is not Polygon polygone)
            {
                continue;
            }

            foreach (var anneau in new[] { polygone.ExteriorRing }.Concat(polygone.InteriorRings))
            {
                var premier = true;
                foreach (var c in anneau.Coordinates)
                {
                    var x = (c.X - e.MinX) * kx * echelle;
                    var y = (e.MaxY - c.Y) * echelle;
                    svg.Append(premier ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                    premier = false;
                }

                svg.Append('Z');
            }
        }
    }
}
