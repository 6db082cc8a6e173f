using Portrea.Core.Territoires;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>Every indicator for every territory of every level, as computed in one pass.</summary>
public sealed class ResultatsIndicateurs
{
    private readonly Dictionary<(string Indicateur, NiveauTerritoire Niveau), Dictionary<string, ValeurIndicateur>> _valeurs = [];

    public Dictionary<string, ValeurIndicateur> Niveau(string indicateur, NiveauTerritoire niveau)
    {
        if (!_valeurs.TryGetValue((indicateur, niveau), out var valeurs))
        {
            _valeurs[(indicateur, niveau)] = valeurs = new Dictionary<string, ValeurIndicateur>(StringComparer.Ordinal);
        }

        return valeurs;
    }

    public ValeurIndicateur? Valeur(string indicateur, NiveauTerritoire niveau, string code) =>
        _valeurs.TryGetValue((indicateur, niveau), out var valeurs) ? valeurs.GetValueOrDefault(code) : null;

    public int Nombre => _valeurs.Values.Sum(v => v.Count);
}

/// <summary>Per commune and indicator (index commune × indicators + indicator), the figures before roll-up.</summary>
internal sealed class ResultatsCommunes
{
    public ResultatsCommunes(int communes, int indicateurs)
    {
        var n = communes * indicateurs;
        Numerateurs = Nan(n);
        Denominateurs = Nan(n);
        Estimations = Nan(n);
        DenominateursEstimes = Nan(n);
        Minorants = new bool[n];
        Origines = new ulong[n];
        OriginesEstimees = new ulong[n];
    }

    public double[] Numerateurs { get; }
    public double[] Denominateurs { get; }
    public double[] Estimations { get; }
    public double[] DenominateursEstimes { get; }
    public bool[] Minorants { get; }
    public ulong[] Origines { get; }
    public ulong[] OriginesEstimees { get; }

    private static double[] Nan(int n)
    {
        var tableau = new double[n];
        Array.Fill(tableau, double.NaN);
        return tableau;
    }
}
