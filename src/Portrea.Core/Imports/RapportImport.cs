using System.Text.Json.Serialization;

namespace Portrea.Core.Imports;

/// <summary>The validation report of any import: shown on screen, printed by the CLI, returned by the API.</summary>
public sealed class RapportImport
{
    public int Acceptes { get; set; }
    public List<RejetImport> Rejetes { get; } = [];
    public int Doublons { get; set; }
    public List<string> Avertissements { get; } = [];

    /// <summary>True when nothing was written (dry run).</summary>
    public bool Simulation { get; set; }

    /// <summary>True once the valid rows have been written, in one transaction.</summary>
    public bool Applique { get; set; }

    public void Rejeter(int ligne, string champ, string motif) => Rejetes.Add(new RejetImport(ligne, champ, motif));

    [JsonIgnore]
    public bool ARejets => Rejetes.Count > 0;
}

public sealed record RejetImport(int Ligne, string Champ, string Motif);
