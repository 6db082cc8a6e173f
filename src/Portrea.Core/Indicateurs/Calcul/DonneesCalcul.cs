using Portrea.Core.Territoires;

namespace Portrea.Core.Indicateurs.Calcul;

public sealed record CommuneCalcul(string Code, string? Epci, string Departement, string Region, long Population);

/// <summary>A territory above the commune with its full size, including members outside the loaded regions (interregional EPCI).</summary>
public sealed record TerritoireCalcul(NiveauTerritoire Niveau, string Code, int NombreCommunes, long Population);

/// <summary>
/// The inputs of a computation, as flat arrays for speed: one row per commune (or IRIS), one column per variable,
/// NaN for a missing or secret figure, and the index of the figure's (source, vintage) or −1 when the file had no row.
/// </summary>
public sealed class DonneesCalcul
{
    public required IReadOnlyList<CommuneCalcul> Communes { get; init; }

    /// <summary>EPCI with their full composition; départements and régions are summed from the communes.</summary>
    public required IReadOnlyList<TerritoireCalcul> Epcis { get; init; }

    public required IReadOnlyList<string> Variables { get; init; }

    public required double[] ValeursCommunes { get; init; }

    public required short[] OriginesCommunes { get; init; }

    public required IReadOnlyList<string> Iris { get; init; }

    /// <summary>Index in <see cref="Communes"/> of each IRIS's commune.</summary>
    public required int[] CommuneDesIris { get; init; }

    public required double[] ValeursIris { get; init; }

    public required short[] OriginesIris { get; init; }

    public required IReadOnlyList<(string Source, string Millesime)> Origines { get; init; }

    public static DonneesCalcul Vide(IReadOnlyList<CommuneCalcul> communes, IReadOnlyList<TerritoireCalcul> epcis, IReadOnlyList<string> variables, int nombreIris) => new()
    {
        Communes = communes,
        Epcis = epcis,
        Variables = variables,
        ValeursCommunes = Rempli(communes.Count * variables.Count, double.NaN),
        OriginesCommunes = Rempli(communes.Count * variables.Count, (short)-1),
        Iris = new string[nombreIris],
        CommuneDesIris = new int[nombreIris],
        ValeursIris = Rempli(nombreIris * variables.Count, double.NaN),
        OriginesIris = Rempli(nombreIris * variables.Count, (short)-1),
        Origines = [],
    };

    private static T[] Rempli<T>(int taille, T valeur)
    {
        var tableau = new T[taille];
        Array.Fill(tableau, valeur);
        return tableau;
    }
}
