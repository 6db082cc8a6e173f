namespace Portrea.Core.Lieux.Dedoublonnage;

/// <summary>
/// Finds, among known places, the one an incoming place duplicates. Two places are the same when they are in the same
/// commune and either share their pivot (SIRET/RNA) with similar names, or stand less than
/// <see cref="DistanceMetres"/> apart with similar names; two France Services desks that close are the same desk.
/// A shared SIRET alone is not enough: one town hall runs several libraries.
/// </summary>
public sealed class DedoublonnerLieux
{
    public const double DistanceMetres = 150;

    private readonly Dictionary<string, List<Lieu>> _parCommune = [];

    public void Connaitre(Lieu lieu)
    {
        if (lieu.CommuneCode is null)
        {
            return;
        }

        if (!_parCommune.TryGetValue(lieu.CommuneCode, out var liste))
        {
            _parCommune[lieu.CommuneCode] = liste = [];
        }

        liste.Add(lieu);
    }

    public Lieu? TrouverDoublon(Lieu candidat)
    {
        if (candidat.CommuneCode is null || !_parCommune.TryGetValue(candidat.CommuneCode, out var voisins))
        {
            return null;
        }

        return voisins.FirstOrDefault(connu => !ReferenceEquals(connu, candidat) && SontLeMemeLieu(connu, candidat));
    }

    public static bool SontLeMemeLieu(Lieu a, Lieu b)
    {
        if (a.CommuneCode is null || a.CommuneCode != b.CommuneCode)
        {
            return false;
        }

        var nomsSimilaires = SimilariteNoms.Similaires(a.Nom, b.Nom);
        if (a.Pivot is not null && a.Pivot == b.Pivot && nomsSimilaires)
        {
            return true;
        }

        if (Distance(a, b) is not { } metres || metres > DistanceMetres)
        {
            return false;
        }

        return nomsSimilaires || (EstFranceServices(a) && EstFranceServices(b));
    }

    public static double? Distance(Lieu a, Lieu b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2)
        {
            return null;
        }

        // Haversine: exact enough at 150 m, and no projection needed.
        const double rayon = 6_371_000;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * rayon * Math.Asin(Math.Sqrt(h));
    }

    private static bool EstFranceServices(Lieu lieu) =>
        lieu.DispositifProgrammesNationaux.Split('|').Contains("France Services");
}
