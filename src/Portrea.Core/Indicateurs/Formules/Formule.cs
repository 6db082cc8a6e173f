namespace Portrea.Core.Indicateurs.Formules;

/// <summary>
/// A parsed arithmetic formula over named variables, e.g. <c>POP65P + NSCOL15P_DIPLMIN * (POP15P - POP65P) / POP15P</c>.
/// Missing inputs propagate: any missing operand, or a division by zero, makes the result missing (NaN), never zero.
/// </summary>
public sealed class Formule
{
    private Formule(string texte, Noeud racine)
    {
        Texte = texte;
        Racine = racine;
        Symboles = [.. racine.Symboles().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public string Texte { get; }

    /// <summary>Every name the formula reads, sorted.</summary>
    public IReadOnlyList<string> Symboles { get; }

    internal Noeud Racine { get; }

    /// <exception cref="FormuleInvalideException">The text is not a well-formed formula; the message says where, in French.</exception>
    public static Formule Analyser(string texte) => new(texte, new AnalyseurFormule(texte).Analyser());

    /// <summary>
    /// Binds each name to a slot of the value array the compiled formula will read; names for which
    /// <paramref name="constante"/> returns a value are folded in as constants (parameters such as weights).
    /// </summary>
    public Func<double[], double> Compiler(Func<string, int> emplacement, Func<string, double?>? constante = null) =>
        Racine.Compiler(emplacement, constante ?? (_ => null)).Evaluer;

    /// <summary>Evaluates directly from named values (tests, small uses); a missing name is a missing value.</summary>
    public double? Evaluer(IReadOnlyDictionary<string, double?> valeurs)
    {
        var noms = Symboles.ToList();
        var tableau = noms.Select(n => valeurs.TryGetValue(n, out var v) && v is not null ? v.Value : double.NaN).ToArray();
        var resultat = Compiler(n => noms.IndexOf(n))(tableau);
        return double.IsFinite(resultat) ? resultat : null;
    }

    public override string ToString() => Texte;
}

public sealed class FormuleInvalideException(string message) : Exception(message);
