namespace Portrea.Core.Geo;

/// <summary>Great-circle distances between WGS84 points, computed in process (no spatial database needed).</summary>
public static class Distances
{
    private const double RayonTerreMetres = 6_371_000;

    /// <summary>Haversine distance in metres: well within a metre of the ellipsoid at the scale of a département.</summary>
    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = (latitude2 - latitude1) * Math.PI / 180;
        var dLon = (longitude2 - longitude1) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(latitude1 * Math.PI / 180) * Math.Cos(latitude2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * RayonTerreMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2) =>
        Metres(latitude1, longitude1, latitude2, longitude2) / 1000;

    /// <summary>
    /// A latitude/longitude box that contains every point within <paramref name="rayonKm"/> of the centre, so that a
    /// database can pre-select candidates before the exact distance is computed.
    /// </summary>
    public static (double LatMin, double LatMax, double LonMin, double LonMax) Boite(double latitude, double longitude, double rayonKm)
    {
        var dLat = rayonKm / 111.0;
        var cosinus = Math.Max(0.01, Math.Cos(latitude * Math.PI / 180));
        var dLon = rayonKm / (111.32 * cosinus);
        return (latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }
}
