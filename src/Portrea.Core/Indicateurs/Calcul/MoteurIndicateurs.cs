using Portrea.Core.Territoires;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// Computes every indicator of the registry for every commune, then rolls them up to EPCI, départements and régions:
/// numerators and denominators are evaluated per commune (or per IRIS where all inputs exist there) and summed
/// upward; rates are recomputed from the sums, never averaged. Pure in-memory work over flat arrays.
/// </summary>
public sealed class MoteurIndicateurs
{
    private readonly RegistreIndicateurs _registre;
    private readonly IReadOnlyDictionary<string, double> _parametres;

    public MoteurIndicateurs(RegistreIndicateurs registre, IReadOnlyDictionary<string, double> parametres)
    {
        _registre = registre;
        _parametres = parametres;
    }

    public ResultatsIndicateurs Calculer(DonneesCalcul donnees)
    {
        var plan = new PlanCalcul(_registre, _parametres, donnees.Variables);
        var communes = new ResultatsCommunes(donnees.Communes.Count, plan.Indicateurs.Count);
        var variables = VariablesCommunales.Construire(donnees, _registre);
        var iris = IrisParCommune(donnees);
        var emplacements = new double[plan.TailleEmplacements];
        var emplacementsIris = new double[plan.TailleEmplacements];
        var nV = donnees.Variables.Count;

        for (var c = 0; c < donnees.Communes.Count; c++)
        {
            Array.Fill(emplacements, double.NaN);
            Array.Copy(variables.Valeurs, c * nV, emplacements, 0, nV);
            for (var i = 0; i < plan.Indicateurs.Count; i++)
            {
                var indicateur = plan.Indicateurs[i];
                var k = c * plan.Indicateurs.Count + i;
                var (num, den) = (indicateur.Numerateur(emplacements), indicateur.Denominateur?.Invoke(emplacements) ?? double.NaN);
                var minorant = indicateur.Variables.Any(v => variables.Partielles[c * nV + v]);
                if (indicateur.ParIris && iris[c] is { Count: > 0 } sesIris
                    && SommerParIris(donnees, sesIris, indicateur, emplacementsIris) is var (numIris, denIris) && double.IsFinite(numIris))
                {
                    (num, den, minorant) = (numIris, denIris, false);
                }

                var valeur = indicateur.Definition.Agregation == Agregation.Ratio
                    ? indicateur.Definition.Facteur * Diviser(num, den)
                    : num;
                var disponible = double.IsFinite(valeur);
                communes.Numerateurs[k] = disponible ? num : double.NaN;
                communes.Denominateurs[k] = disponible ? den : double.NaN;
                communes.Minorants[k] = disponible && minorant;
                communes.Origines[k] = disponible ? Origines(variables.Origines, c * nV, indicateur.Variables, emplacements) : 0;
                emplacements[plan.Valeur(i)] = disponible ? valeur : double.NaN;

                var meilleur = valeur;
                if (!disponible && indicateur.EstimationNumerateur is { } estimer)
                {
                    var estimation = estimer(emplacements);
                    if (double.IsFinite(estimation))
                    {
                        communes.Estimations[k] = estimation;
                        communes.DenominateursEstimes[k] = indicateur.EstimationDenominateur?.Invoke(emplacements) ?? double.NaN;
                        communes.OriginesEstimees[k] = Origines(variables.Origines, c * nV, indicateur.VariablesEstimation, emplacements);
                        meilleur = estimation;
                    }
                }

                emplacements[plan.Meilleur(i)] = meilleur;
            }
        }

        return Agreger(donnees, plan, communes);
    }

    private static (double Num, double Den) SommerParIris(DonneesCalcul donnees, List<int> sesIris, IndicateurPlanifie indicateur, double[] emplacements)
    {
        var nV = donnees.Variables.Count;
        double num = 0, den = 0;
        foreach (var i in sesIris)
        {
            Array.Fill(emplacements, double.NaN);
            Array.Copy(donnees.ValeursIris, i * nV, emplacements, 0, nV);
            var n = indicateur.Numerateur(emplacements);
            var d = indicateur.Denominateur?.Invoke(emplacements) ?? 0;
            if (!double.IsFinite(n) || !double.IsFinite(d))
            {
                return (double.NaN, double.NaN);
            }

            num += n;
            den += d;
        }

        return (num, indicateur.Denominateur is null ? double.NaN : den);
    }

    private static ulong Origines(short[] origines, int debut, int[] variablesLues, double[] emplacements)
    {
        ulong masque = 0;
        foreach (var v in variablesLues)
        {
            if (origines[debut + v] is >= 0 and < 64 and var o && double.IsFinite(emplacements[v]))
            {
                masque |= 1UL << o;
            }
        }

        return masque;
    }

    private static List<int>?[] IrisParCommune(DonneesCalcul donnees)
    {
        var parCommune = new List<int>?[donnees.Communes.Count];
        for (var i = 0; i < donnees.CommuneDesIris.Length; i++)
        {
            (parCommune[donnees.CommuneDesIris[i]] ??= []).Add(i);
        }

        return parCommune;
    }

    private static ResultatsIndicateurs Agreger(DonneesCalcul donnees, PlanCalcul plan, ResultatsCommunes communes)
    {
        var resultats = new ResultatsIndicateurs();
        var libelles = new LibellesOrigines(donnees.Origines);
        var niveaux = new (NiveauTerritoire Niveau, Func<CommuneCalcul, int, string?> Groupe, IReadOnlyDictionary<string, (int Communes, long Population)>? Totaux)[]
        {
            (NiveauTerritoire.Commune, (c, _) => c.Code, null),
            (NiveauTerritoire.Epci, (c, _) => c.Epci, donnees.Epcis.ToDictionary(e => e.Code, e => (e.NombreCommunes, e.Population))),
            (NiveauTerritoire.Departement, (c, _) => c.Departement, null),
            (NiveauTerritoire.Region, (c, _) => c.Region, null),
        };
        for (var i = 0; i < plan.Indicateurs.Count; i++)
        {
            var indicateur = plan.Indicateurs[i];
            foreach (var (niveau, groupe, totaux) in niveaux)
            {
                var sommes = new Dictionary<string, Somme>(StringComparer.Ordinal);
                for (var c = 0; c < donnees.Communes.Count; c++)
                {
                    var commune = donnees.Communes[c];
                    if (groupe(commune, c) is not { } code)
                    {
                        continue;
                    }

                    if (!sommes.TryGetValue(code, out var somme))
                    {
                        sommes[code] = somme = new Somme();
                    }

                    somme.Ajouter(communes, c * plan.Indicateurs.Count + i, commune.Population);
                }

                var valeurs = resultats.Niveau(indicateur.Definition.Code, niveau);
                foreach (var (code, somme) in sommes)
                {
                    var (total, population) = totaux is not null && totaux.TryGetValue(code, out var t) ? t : (somme.Communes, somme.Population);
                    valeurs[code] = somme.VersValeur(code, indicateur.Definition, total, population, libelles);
                }
            }
        }

        return resultats;
    }

    private static double Diviser(double a, double b) => b == 0 ? double.NaN : a / b;
}
