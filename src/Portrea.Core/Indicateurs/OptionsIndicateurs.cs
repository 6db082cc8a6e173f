namespace Portrea.Core.Indicateurs;

/// <summary>Settings of the indicators (<c>Portrea:Indicateurs</c>).</summary>
public sealed class OptionsIndicateurs
{
    public const string Section = "Portrea:Indicateurs";

    /// <summary>
    /// Weights of the vulnerability estimate, by parameter code of the registry (<c>poids_fragilite</c>,
    /// <c>poids_exposition</c>, <c>poids_sans_thd</c>); a weight left out keeps the registry's default.
    /// </summary>
    public Dictionary<string, double> Vulnerabilite { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The value of every parameter: configured weight, or the registry's default.</summary>
    public IReadOnlyDictionary<string, double> Parametres(RegistreIndicateurs registre)
    {
        var inconnus = Vulnerabilite.Keys.Where(k => !registre.Parametres.Any(p => p.Code.Equals(k, StringComparison.OrdinalIgnoreCase))).ToList();
        if (inconnus.Count > 0)
        {
            throw new InvalidOperationException(
                $"Poids inconnu(s) dans {Section}:Vulnerabilite : {string.Join(", ", inconnus)}. Poids possibles : {string.Join(", ", registre.Parametres.Select(p => p.Code))}.");
        }

        return registre.Parametres.ToDictionary(
            p => p.Code,
            p => Vulnerabilite.FirstOrDefault(kv => kv.Key.Equals(p.Code, StringComparison.OrdinalIgnoreCase)) is { Key: not null } kv ? kv.Value : p.Defaut,
            StringComparer.Ordinal);
    }
}
