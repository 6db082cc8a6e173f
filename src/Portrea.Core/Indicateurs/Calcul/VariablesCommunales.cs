namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// Each commune's figure for each variable: the commune's own row when the file had one, otherwise the sum of its
/// IRIS for counts. A sum with secret IRIS is kept but marked partial (a lower bound); rates are never summed.
/// </summary>
internal sealed class VariablesCommunales
{
    private VariablesCommunales(double[] valeurs, short[] origines, bool[] partielles)
    {
        Valeurs = valeurs;
        Origines = origines;
        Partielles = partielles;
    }

    public double[] Valeurs { get; }

    public short[] Origines { get; }

    public bool[] Partielles { get; }

    public static VariablesCommunales Construire(DonneesCalcul donnees, RegistreIndicateurs registre)
    {
        var nV = donnees.Variables.Count;
        var valeurs = (double[])donnees.ValeursCommunes.Clone();
        var origines = (short[])donnees.OriginesCommunes.Clone();
        var partielles = new bool[valeurs.Length];
        if (donnees.CommuneDesIris.Length == 0)
        {
            return new VariablesCommunales(valeurs, origines, partielles);
        }

        var sommables = donnees.Variables
            .Select(v => !registre.Variables.TryGetValue(v, out var d) || d.Nature == NatureVariable.Effectif)
            .ToArray();
        var sommes = new double[valeurs.Length];
        var secretes = new bool[valeurs.Length];
        var connues = new bool[valeurs.Length];
        for (var i = 0; i < donnees.CommuneDesIris.Length; i++)
        {
            var debutCommune = donnees.CommuneDesIris[i] * nV;
            for (var v = 0; v < nV; v++)
            {
                var origine = donnees.OriginesIris[i * nV + v];
                var k = debutCommune + v;
                if (origine < 0 || !sommables[v] || donnees.OriginesCommunes[k] >= 0)
                {
                    continue;
                }

                origines[k] = origine;
                var valeur = donnees.ValeursIris[i * nV + v];
                if (double.IsFinite(valeur))
                {
                    sommes[k] += valeur;
                    connues[k] = true;
                }
                else
                {
                    secretes[k] = true;
                }
            }
        }

        for (var k = 0; k < valeurs.Length; k++)
        {
            if (connues[k])
            {
                valeurs[k] = sommes[k];
                partielles[k] = secretes[k];
            }
        }

        return new VariablesCommunales(valeurs, origines, partielles);
    }
}
