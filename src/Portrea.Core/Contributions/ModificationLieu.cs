using System.Text.Json;

namespace Portrea.Core.Contributions;

/// <summary>
/// One change of a place (history): who, with which role, from where, when, and the before/after value of every field
/// it changed. <see cref="Version"/> is the place's version the change produced, so that any earlier version can be
/// rebuilt by undoing the later changes.
/// </summary>
public sealed class ModificationLieu
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset Date { get; set; }

    /// <summary>User id from the claims; null for the public and for imports.</summary>
    public string? AuteurId { get; set; }
    public string? AuteurNom { get; set; }

    /// <summary>administrateur, referent, contributeur or public; null for imports.</summary>
    public string? Role { get; set; }
    public SourceModification Source { get; set; }

    /// <summary>The accepted proposal this change applied, when it came from moderation.</summary>
    public int? PropositionId { get; set; }

    /// <summary>The version restored, when <see cref="Source"/> is a restoration.</summary>
    public int? VersionRestauree { get; set; }

    /// <summary>
    /// An entry that records an event without changing a field (campaign e-mail sent, link opened, sheet confirmed,
    /// call logged; <see cref="EvenementsLieu"/>); it keeps the place's current version. Null for ordinary changes.
    /// </summary>
    public string? Evenement { get; set; }

    /// <summary>JSON array of <see cref="ChangementChamp"/>.</summary>
    public string Changements { get; set; } = "[]";

    public IReadOnlyList<ChangementChamp> LireChangements() =>
        JsonSerializer.Deserialize<List<ChangementChamp>>(Changements, ChangementChamp.Json) ?? [];
}

/// <summary>A field's value before and after a change (null: empty); field codes are those of <see cref="ChampsLieu"/>.</summary>
public sealed record ChangementChamp(string Champ, string? Avant, string? Apres)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Ecrire(IEnumerable<ChangementChamp> changements) => JsonSerializer.Serialize(changements.ToList(), Json);
}
