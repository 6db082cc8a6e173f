using System.Text.Json;

namespace Portrea.Core.Contributions;

/// <summary>
/// A change someone without publishing rights suggested for a place (a signed-in user on another structure's place,
/// or the public's « signaler une erreur »), waiting in the moderation queue of the place's EPCI referents.
/// </summary>
public sealed class Proposition
{
    public int Id { get; set; }
    public int LieuId { get; set; }

    /// <summary>The place's EPCI when the proposal was made: the referents who moderate it.</summary>
    public string? EpciSiren { get; set; }

    /// <summary>The place's version the author saw: accepting after the place changed shows both values.</summary>
    public int VersionBase { get; set; }
    public DateTimeOffset Date { get; set; }
    public string? AuteurId { get; set; }
    public string? AuteurNom { get; set; }
    public string? Role { get; set; }

    /// <summary>Address to tell the author the outcome; optional.</summary>
    public string? Courriel { get; set; }
    public string? Message { get; set; }

    /// <summary>JSON object: field code → proposed value (text, as in <see cref="ChampsLieu"/>).</summary>
    public string Champs { get; set; } = "{}";
    public StatutModeration Statut { get; set; }

    /// <summary>JSON array of the accepted field codes, once decided.</summary>
    public string? ChampsAcceptes { get; set; }
    public string? MotifRefus { get; set; }
    public DateTimeOffset? DecideeLe { get; set; }
    public string? DecideeParId { get; set; }
    public string? DecideeParNom { get; set; }

    public Dictionary<string, string?> LireChamps() =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(Champs, ChangementChamp.Json) ?? [];

    public List<string> LireChampsAcceptes() =>
        ChampsAcceptes is null ? [] : JsonSerializer.Deserialize<List<string>>(ChampsAcceptes, ChangementChamp.Json) ?? [];
}
