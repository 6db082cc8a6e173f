namespace Portrea.Core.Indicateurs.Formules;

/// <summary>A node of a formula's syntax tree; compiles to a closure that reads values by slot, for speed on large tables.</summary>
internal abstract class Noeud
{
    public abstract IEnumerable<string> Symboles();

    public abstract Compile Compiler(Func<string, int> emplacement, Func<string, double?> constante);
}

/// <summary>A compiled node; <see cref="Constante"/> is set when the value does not depend on the data.</summary>
internal sealed record Compile(Func<double[], double> Evaluer, double? Constante = null)
{
    public static Compile DeConstante(double valeur) => new(_ => valeur, valeur);
}

internal sealed class Nombre(double valeur) : Noeud
{
    public override IEnumerable<string> Symboles() => [];

    public override Compile Compiler(Func<string, int> emplacement, Func<string, double?> constante) => Compile.DeConstante(valeur);
}

internal sealed class Symbole(string nom) : Noeud
{
    public string Nom { get; } = nom;

    public override IEnumerable<string> Symboles() => [Nom];

    public override Compile Compiler(Func<string, int> emplacement, Func<string, double?> constante)
    {
        if (constante(Nom) is { } valeur)
        {
            return Compile.DeConstante(valeur);
        }

        var i = emplacement(Nom);
        if (i < 0)
        {
            throw new FormuleInvalideException($"nom inconnu « {Nom} »");
        }

        return new Compile(v => v[i]);
    }
}

internal sealed class Oppose(Noeud operande) : Noeud
{
    public override IEnumerable<string> Symboles() => operande.Symboles();

    public override Compile Compiler(Func<string, int> emplacement, Func<string, double?> constante)
    {
        var o = operande.Compiler(emplacement, constante);
        return o.Constante is { } c ? Compile.DeConstante(-c) : new Compile(v => -o.Evaluer(v));
    }
}

internal sealed class Operation(char operateur, Noeud gauche, Noeud droite) : Noeud
{
    public override IEnumerable<string> Symboles() => gauche.Symboles().Concat(droite.Symboles());

    public override Compile Compiler(Func<string, int> emplacement, Func<string, double?> constante)
    {
        var g = gauche.Compiler(emplacement, constante);
        var d = droite.Compiler(emplacement, constante);
        // A term weighted by zero does not need its data: without this, a weight set to 0 in configuration would
        // still make the result missing wherever that term's inputs are missing.
        if (operateur == '*' && (g.Constante == 0 || d.Constante == 0))
        {
            return Compile.DeConstante(0);
        }

        if (g.Constante is { } cg && d.Constante is { } cd)
        {
            return Compile.DeConstante(Appliquer(operateur, cg, cd));
        }

        var fg = g.Evaluer;
        var fd = d.Evaluer;
        return operateur switch
        {
            '+' => new Compile(v => fg(v) + fd(v)),
            '-' => new Compile(v => fg(v) - fd(v)),
            '*' => new Compile(v => fg(v) * fd(v)),
            _ => new Compile(v => Diviser(fg(v), fd(v))),
        };
    }

    private static double Appliquer(char operateur, double a, double b) => operateur switch
    {
        '+' => a + b,
        '-' => a - b,
        '*' => a * b,
        _ => Diviser(a, b),
    };

    // A ratio over an empty population is missing, not infinite.
    private static double Diviser(double a, double b) => b == 0 ? double.NaN : a / b;
}
