using Portrea.Core.Geo;

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

        return Distances.Metres(lat1, lon1, lat2, lon2);
    }

    private static bool EstFranceServices(Lieu lieu) =>
        lieu.DispositifProgrammesNationaux.Split('|').Contains("France Services");
}
