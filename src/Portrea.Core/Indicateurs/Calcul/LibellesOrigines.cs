namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>Turns a set of (source, vintage) pairs into the texts shown next to a figure, once per distinct set.</summary>
internal sealed class LibellesOrigines(IReadOnlyList<(string Source, string Millesime)> origines)
{
    private readonly Dictionary<ulong, (string?, string?)> _deja = [];

    public (string? Millesime, string? Source) Lire(ulong masque)
    {
        if (masque == 0)
        {
            return (null, null);
        }

        if (!_deja.TryGetValue(masque, out var textes))
        {
            var lues = Enumerable.Range(0, Math.Min(64, origines.Count)).Where(i => (masque & (1UL << i)) != 0).Select(i => origines[i]).ToList();
            textes = (
                string.Join(", ", lues.Select(o => o.Millesime).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                string.Join(" ; ", lues.Select(o => o.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
            _deja[masque] = textes;
        }

        return textes;
    }
}
