using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Portrea.Core.Geo;

/// <summary>
/// Reads and writes GeoJSON geometries (RFC 7946) as NetTopologySuite geometries.
/// Written by hand because no NetTopologySuite GeoJSON package is available from our package source;
/// only the geometry types that territories and places use are supported.
/// </summary>
public static class GeoJsonGeometrie
{
    public static readonly GeometryFactory Fabrique = new(new PrecisionModel(), 4326);

    public static Geometry Lire(JsonElement geometrie)
    {
        if (geometrie.ValueKind != JsonValueKind.Object || !geometrie.TryGetProperty("type", out var type))
        {
            throw new FormatException("Géométrie GeoJSON sans « type ».");
        }

        var coordonnees = geometrie.GetProperty("coordinates");
        return type.GetString() switch
        {
            "Point" => Fabrique.CreatePoint(LirePosition(coordonnees)),
            "LineString" => Fabrique.CreateLineString(LirePositions(coordonnees)),
            "Polygon" => LirePolygone(coordonnees),
            "MultiPolygon" => Fabrique.CreateMultiPolygon([.. coordonnees.EnumerateArray().Select(LirePolygone)]),
            var autre => throw new FormatException($"Type de géométrie GeoJSON non pris en charge : « {autre} »."),
        };
    }

    public static Geometry Lire(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Lire(document.RootElement);
    }

    /// <param name="decimales">6 keeps about 10 cm; map layers use fewer to stay light.</param>
    public static string Ecrire(Geometry geometrie, int decimales = 6)
    {
        var texte = new StringBuilder();
        switch (geometrie)
        {
            case Point p:
                texte.Append("{\"type\":\"Point\",\"coordinates\":");
                EcrirePosition(texte, p.Coordinate, decimales);
                break;
            case LineString l:
                texte.Append("{\"type\":\"LineString\",\"coordinates\":");
                EcrirePositions(texte, l.Coordinates, decimales);
                break;
            case Polygon p:
                texte.Append("{\"type\":\"Polygon\",\"coordinates\":");
                EcrirePolygone(texte, p, decimales);
                break;
            case MultiPolygon mp:
                texte.Append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (var i = 0; i < mp.NumGeometries; i++)
                {
                    if (i > 0)
                    {
                        texte.Append(',');
                    }

                    EcrirePolygone(texte, (Polygon)mp.GetGeometryN(i), decimales);
                }

                texte.Append(']');
                break;
            default:
                throw new NotSupportedException($"Type de géométrie non pris en charge : {geometrie.GeometryType}.");
        }

        return texte.Append('}').ToString();
    }

    private static Polygon LirePolygone(JsonElement anneaux)
    {
        var liste = anneaux.EnumerateArray().Select(a => Fabrique.CreateLinearRing(LirePositions(a))).ToArray();
        if (liste.Length == 0)
        {
            throw new FormatException("Polygone GeoJSON sans anneau.");
        }

        return Fabrique.CreatePolygon(liste[0], liste[1..]);
    }

    private static Coordinate[] LirePositions(JsonElement positions) =>
        [.. positions.EnumerateArray().Select(LirePosition)];

    private static Coordinate LirePosition(JsonElement position) =>
        new(position[0].GetDouble(), position[1].GetDouble());

    private static void EcrirePolygone(StringBuilder texte, Polygon polygone, int decimales)
    {
        texte.Append('[');
        EcrirePositions(texte, polygone.ExteriorRing.Coordinates, decimales);
        foreach (var trou in polygone.InteriorRings)
        {
            texte.Append(',');
            EcrirePositions(texte, trou.Coordinates, decimales);
        }

        texte.Append(']');
    }

    private static void EcrirePositions(StringBuilder texte, Coordinate[] positions, int decimales)
    {
        texte.Append('[');
        for (var i = 0; i < positions.Length; i++)
        {
            if (i > 0)
            {
                texte.Append(',');
            }

            EcrirePosition(texte, positions[i], decimales);
        }

        texte.Append(']');
    }

    private static void EcrirePosition(StringBuilder texte, Coordinate c, int decimales) =>
        texte.Append('[')
            .Append(Math.Round(c.X, decimales).ToString(CultureInfo.InvariantCulture))
            .Append(',')
            .Append(Math.Round(c.Y, decimales).ToString(CultureInfo.InvariantCulture))
            .Append(']');
}
