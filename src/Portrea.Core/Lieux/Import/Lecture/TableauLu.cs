namespace Portrea.Core.Lieux.Import.Lecture;

/// <summary>A file read as rows of named text values, whatever its format (CSV, JSON, XLSX).</summary>
public sealed record TableauLu(IReadOnlyList<string> Colonnes, IReadOnlyList<LigneLue> Lignes)
{
    public bool A(string colonne) => Colonnes.Contains(colonne, StringComparer.OrdinalIgnoreCase);
}

/// <summary>One row; <see cref="Numero"/> is the line of the file (CSV, XLSX) or the element's rank (JSON).</summary>
public sealed record LigneLue(int Numero, IReadOnlyDictionary<string, string> Valeurs)
{
    public string? Valeur(string colonne) =>
        Valeurs.TryGetValue(colonne, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
