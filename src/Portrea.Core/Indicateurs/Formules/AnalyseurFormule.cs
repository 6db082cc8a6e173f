using System.Globalization;

namespace Portrea.Core.Indicateurs.Formules;

/// <summary>
/// Recursive-descent parser for the registry's formulas: numbers, names, + − × /, unary minus and parentheses.
/// Hand-written because the grammar is five rules and no expression library is in the package mirror
/// (NCalc and the like are absent); it keeps formulas as data while reporting errors in French with their position.
/// </summary>
internal sealed class AnalyseurFormule(string texte)
{
    private int _position;

    public Noeud Analyser()
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            throw new FormuleInvalideException("formule vide");
        }

        var noeud = Somme();
        SauterEspaces();
        if (_position < texte.Length)
        {
            throw Erreur($"caractère inattendu « {texte[_position]} »");
        }

        return noeud;
    }

    // somme := produit (('+' | '-') produit)*
    private Noeud Somme()
    {
        var noeud = Produit();
        while (Suivant() is '+' or '-')
        {
            var operateur = texte[_position++];
            noeud = new Operation(operateur, noeud, Produit());
        }

        return noeud;
    }

    // produit := facteur (('*' | '×' | '/') facteur)*
    private Noeud Produit()
    {
        var noeud = Facteur();
        while (Suivant() is '*' or '×' or '/')
        {
            var operateur = texte[_position++] == '/' ? '/' : '*';
            noeud = new Operation(operateur, noeud, Facteur());
        }

        return noeud;
    }

    // facteur := '-' facteur | '(' somme ')' | nombre | nom
    private Noeud Facteur()
    {
        var c = Suivant();
        switch (c)
        {
            case null:
                throw Erreur("la formule s'arrête au milieu d'une opération");
            case '-' or '−':
                _position++;
                return new Oppose(Facteur());
            case '(':
                _position++;
                var interieur = Somme();
                if (Suivant() != ')')
                {
                    throw Erreur("parenthèse fermante attendue");
                }

                _position++;
                return interieur;
        }

        if (char.IsAsciiDigit(c.Value) || c == '.')
        {
            var debut = _position;
            while (_position < texte.Length && (char.IsAsciiDigit(texte[_position]) || texte[_position] == '.'))
            {
                _position++;
            }

            var lu = texte[debut.._position];
            return double.TryParse(lu, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var nombre)
                ? new Nombre(nombre)
                : throw Erreur($"nombre invalide « {lu} »", debut);
        }

        if (char.IsAsciiLetter(c.Value) || c == '_')
        {
            var debut = _position;
            while (_position < texte.Length && (char.IsAsciiLetterOrDigit(texte[_position]) || texte[_position] == '_'))
            {
                _position++;
            }

            return new Symbole(texte[debut.._position]);
        }

        throw Erreur($"caractère inattendu « {c} »");
    }

    private char? Suivant()
    {
        SauterEspaces();
        return _position < texte.Length ? texte[_position] : null;
    }

    private void SauterEspaces()
    {
        while (_position < texte.Length && char.IsWhiteSpace(texte[_position]))
        {
            _position++;
        }
    }

    private FormuleInvalideException Erreur(string motif, int? position = null) =>
        new($"formule « {texte} » : {motif} (position {(position ?? _position) + 1})");
}
