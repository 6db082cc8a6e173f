namespace Portrea.Core.Portraits;

/// <summary>Great-circle distances: help is reached on roads, but straight lines are what open data allows everywhere.</summary>
public static class Distances
{
    public const double RayonTerreKm = 6371.0;

    public static double Haversine(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Radians(double degres) => degres * Math.PI / 180;
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * RayonTerreKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
