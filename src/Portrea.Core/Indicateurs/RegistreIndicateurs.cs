using System.Text.Json;
using Portrea.Core.Indicateurs.Formules;

namespace Portrea.Core.Indicateurs;

/// <summary>
/// The indicator registry, loaded from data (<c>registre-indicateurs.json</c>) and checked once at start: every formula
/// parses, reads only declared variables, parameters or other indicators, and no indicator depends on itself.
/// </summary>
public sealed class RegistreIndicateurs
{
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private RegistreIndicateurs(DefinitionsRegistre definitions, IReadOnlyList<IndicateurRegistre> indicateurs)
    {
        Version = definitions.Version;
        Variables = definitions.Variables.ToDictionary(v => v.Code, StringComparer.Ordinal);
        Parametres = definitions.Parametres;
        Indicateurs = indicateurs;
        ParCode = indicateurs.ToDictionary(i => i.Definition.Code, StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyDictionary<string, DefinitionVariable> Variables { get; }

    public IReadOnlyList<DefinitionParametre> Parametres { get; }

    /// <summary>In dependency order: an indicator comes after those its formulas read.</summary>
    public IReadOnlyList<IndicateurRegistre> Indicateurs { get; }

    public IReadOnlyDictionary<string, IndicateurRegistre> ParCode { get; }

    public static RegistreIndicateurs Integre()
    {
        using var flux = typeof(RegistreIndicateurs).Assembly.GetManifestResourceStream("registre-indicateurs.json")
            ?? throw new InvalidOperationException("Le registre des indicateurs n'est pas intégré à l'assemblage.");
        return Lire(flux);
    }

    /// <exception cref="RegistreInvalideException">The registry is malformed; the message names the indicator and the problem.</exception>
    public static RegistreIndicateurs Lire(Stream flux)
    {
        DefinitionsRegistre? definitions;
        try
        {
            definitions = JsonSerializer.Deserialize<DefinitionsRegistre>(flux, OptionsJson);
        }
        catch (JsonException ex)
        {
            throw new RegistreInvalideException($"Registre des indicateurs illisible : {ex.Message}");
        }

        return Valider(definitions ?? throw new RegistreInvalideException("Registre des indicateurs vide."));
    }

    public static RegistreIndicateurs Valider(DefinitionsRegistre definitions)
    {
        var variables = definitions.Variables.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var parametres = definitions.Parametres.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var codes = definitions.Indicateurs.Select(i => i.Code).ToList();
        foreach (var doublon in codes.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            throw new RegistreInvalideException($"Registre des indicateurs : le code « {doublon.Key} » est déclaré plusieurs fois.");
        }

        var connus = codes.ToHashSet(StringComparer.Ordinal);
        var lus = new Dictionary<string, IndicateurRegistre>(StringComparer.Ordinal);
        foreach (var definition in definitions.Indicateurs)
        {
            Formule Analyser(string texte, string role)
            {
                Formule formule;
                try
                {
                    formule = Formule.Analyser(texte);
                }
                catch (FormuleInvalideException ex)
                {
                    throw new RegistreInvalideException($"Indicateur « {definition.Code} », {role} : {ex.Message}.");
                }

                foreach (var nom in formule.Symboles.Where(n => !variables.Contains(n) && !parametres.Contains(n) && !connus.Contains(n)))
                {
                    throw new RegistreInvalideException(
                        $"Indicateur « {definition.Code} », {role} : « {nom} » n'est ni une variable, ni un paramètre, ni un indicateur du registre.");
                }

                return formule;
            }

            if (definition.Agregation == Agregation.Ratio && definition.Denominateur is null)
            {
                throw new RegistreInvalideException($"Indicateur « {definition.Code} » : un taux a besoin d'un dénominateur.");
            }

            lus[definition.Code] = new IndicateurRegistre(
                definition,
                Analyser(definition.Numerateur, "numérateur"),
                definition.Denominateur is null ? null : Analyser(definition.Denominateur, "dénominateur"),
                definition.Estimation is null ? null : Analyser(definition.Estimation.Numerateur, "estimation"),
                definition.Estimation?.Denominateur is null ? null : Analyser(definition.Estimation.Denominateur, "dénominateur de l'estimation"));
        }

        return new RegistreIndicateurs(definitions, OrdonnerParDependances(lus));
    }

    private static List<IndicateurRegistre> OrdonnerParDependances(Dictionary<string, IndicateurRegistre> lus)
    {
        var ordre = new List<IndicateurRegistre>();
        var etat = new Dictionary<string, bool>(StringComparer.Ordinal); // false = being visited, true = done
        void Visiter(string code, string depuis)
        {
            if (etat.TryGetValue(code, out var fini))
            {
                if (!fini)
                {
                    throw new RegistreInvalideException($"Registre des indicateurs : « {depuis} » dépend de lui-même (via « {code} »).");
                }

                return;
            }

            etat[code] = false;
            foreach (var dependance in lus[code].Dependances().Where(lus.ContainsKey))
            {
                Visiter(dependance, code);
            }

            etat[code] = true;
            ordre.Add(lus[code]);
        }

        foreach (var code in lus.Keys)
        {
            Visiter(code, code);
        }

        return ordre;
    }
}

/// <summary>An indicator with its parsed formulas.</summary>
public sealed record IndicateurRegistre(
    DefinitionIndicateur Definition,
    Formule Numerateur,
    Formule? Denominateur,
    Formule? EstimationNumerateur,
    Formule? EstimationDenominateur)
{
    public string Code => Definition.Code;

    public IEnumerable<string> Dependances() =>
        new[] { Numerateur, Denominateur, EstimationNumerateur, EstimationDenominateur }
            .Where(f => f is not null).SelectMany(f => f!.Symboles).Distinct(StringComparer.Ordinal);
}

public sealed class RegistreInvalideException(string message) : Exception(message);
