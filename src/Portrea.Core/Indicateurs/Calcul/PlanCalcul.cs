using Portrea.Core.Indicateurs.Formules;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// The registry's formulas compiled against one variable layout. Slots: the variables, then each indicator's value
/// (read by the formulas of indicators built on it), then each indicator's best figure (its value, or else its
/// estimate), read by estimation formulas.
/// </summary>
internal sealed class PlanCalcul
{
    public PlanCalcul(RegistreIndicateurs registre, IReadOnlyDictionary<string, double> parametres, IReadOnlyList<string> variables)
    {
        var indexVariables = variables.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var indexIndicateurs = registre.Indicateurs.Select((ind, i) => (ind.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        _nombreVariables = variables.Count;
        _nombreIndicateurs = indexIndicateurs.Count;
        TailleEmplacements = _nombreVariables + 2 * _nombreIndicateurs;

        double? Constante(string nom) => parametres.TryGetValue(nom, out var v) ? v : null;
        int Emplacement(string nom, bool estimation) =>
            indexVariables.TryGetValue(nom, out var v) ? v
            : indexIndicateurs.TryGetValue(nom, out var i) ? (estimation ? Meilleur(i) : Valeur(i))
            : throw new InvalidOperationException($"La variable {nom} manque à la disposition des données du calcul.");
        Func<double[], double>? Compiler(Formule? formule, bool estimation) =>
            formule?.Compiler(nom => Emplacement(nom, estimation), Constante);

        var variablesParIndicateur = new Dictionary<string, (HashSet<int> Principales, HashSet<int> Estimation)>(StringComparer.Ordinal);
        var indicateurs = new List<IndicateurPlanifie>();
        foreach (var indicateur in registre.Indicateurs)
        {
            var principales = new HashSet<int>();
            var estimation = new HashSet<int>();
            foreach (var nom in new[] { indicateur.Numerateur, indicateur.Denominateur }.Where(f => f is not null).SelectMany(f => f!.Symboles))
            {
                Lire(nom, principales, p => p.Principales);
            }

            foreach (var nom in new[] { indicateur.EstimationNumerateur, indicateur.EstimationDenominateur }.Where(f => f is not null).SelectMany(f => f!.Symboles))
            {
                Lire(nom, estimation, p => p.Principales);
                Lire(nom, estimation, p => p.Estimation);
            }

            variablesParIndicateur[indicateur.Code] = (principales, estimation);
            var lisIndicateur = new[] { indicateur.Numerateur, indicateur.Denominateur }.Where(f => f is not null)
                .SelectMany(f => f!.Symboles).Any(indexIndicateurs.ContainsKey);
            indicateurs.Add(new IndicateurPlanifie(
                indicateur.Definition,
                Compiler(indicateur.Numerateur, false)!,
                Compiler(indicateur.Denominateur, false),
                Compiler(indicateur.EstimationNumerateur, true),
                Compiler(indicateur.EstimationDenominateur, true),
                [.. principales.Order()],
                [.. estimation.Order()],
                ParIris: indicateur.Definition.Agregation == Agregation.Somme && !lisIndicateur));
        }

        Indicateurs = indicateurs;

        void Lire(string nom, HashSet<int> cible, Func<(HashSet<int> Principales, HashSet<int> Estimation), HashSet<int>> choix)
        {
            if (indexVariables.TryGetValue(nom, out var v))
            {
                cible.Add(v);
            }
            else if (variablesParIndicateur.TryGetValue(nom, out var dejaVu))
            {
                cible.UnionWith(choix(dejaVu));
            }
        }
    }

    private readonly int _nombreVariables;
    private readonly int _nombreIndicateurs;

    public int TailleEmplacements { get; }

    public IReadOnlyList<IndicateurPlanifie> Indicateurs { get; }

    public int Valeur(int indicateur) => _nombreVariables + indicateur;

    public int Meilleur(int indicateur) => _nombreVariables + _nombreIndicateurs + indicateur;
}

/// <param name="Variables">Variables the value reads, directly or through the indicators it is built on.</param>
/// <param name="ParIris">Whether the value may be summed from IRIS (a count whose formulas read only variables).</param>
internal sealed record IndicateurPlanifie(
    DefinitionIndicateur Definition,
    Func<double[], double> Numerateur,
    Func<double[], double>? Denominateur,
    Func<double[], double>? EstimationNumerateur,
    Func<double[], double>? EstimationDenominateur,
    int[] Variables,
    int[] VariablesEstimation,
    bool ParIris);
