using System.Text.Json;

namespace Portrea.Core.Demarche;

/// <summary>The collaborative day of an EPCI: when and where, and the logistics items already ticked (codes of the referential).</summary>
public sealed class JourneeCollaborative
{
    public required string EpciSiren { get; set; }
    public DateOnly? Date { get; set; }
    public string? Horaires { get; set; }
    public string? Lieu { get; set; }
    public string? Adresse { get; set; }

    /// <summary>JSON array of the ticked logistics codes.</summary>
    public string Logistique { get; set; } = "[]";
    public DateTimeOffset? InvitationEnvoyeeLe { get; set; }

    public IReadOnlySet<string> LireLogistique() => JsonSerializer.Deserialize<HashSet<string>>(Logistique) ?? [];

    public void EcrireLogistique(IEnumerable<string> codes) => Logistique = JsonSerializer.Serialize(codes.Distinct().Order(StringComparer.Ordinal).ToList());
}
