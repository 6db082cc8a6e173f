using System.Text.Json;

namespace Portrea.Core.Demarche;

/// <summary>
/// Where the method stands in one EPCI: its phase since a date (null before contact), the chosen strategy and the
/// maturity factors assessed (factor code → level in <see cref="ReferentielDemarche.NiveauxMaturite"/>).
/// <see cref="Version"/> guards against two administrators moving the same EPCI at once.
/// </summary>
public sealed class DeploiementEpci
{
    public required string EpciSiren { get; set; }
    public string? Phase { get; set; }
    public DateOnly? PhaseDepuis { get; set; }
    public string? Strategie { get; set; }

    /// <summary>JSON object: factor code → level.</summary>
    public string Maturite { get; set; } = "{}";
    public int Version { get; set; }

    public PhaseDemarche? PhaseActuelle => PhaseDemarcheTexte.Lire(Phase);

    public IReadOnlyDictionary<string, int> LireMaturite() =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(Maturite) ?? [];

    public void EcrireMaturite(IReadOnlyDictionary<string, int> niveaux) =>
        Maturite = JsonSerializer.Serialize(niveaux.OrderBy(n => n.Key, StringComparer.Ordinal).ToDictionary(n => n.Key, n => n.Value));
}
