using Portrea.Core.Lieux.Export;

namespace Portrea.Core.Demarche;

/// <summary>A one-sheet XLSX workbook of text cells: a header row then the rows (participants template, dashboard export).</summary>
public static class ClasseurSimple
{
    public static byte[] Ecrire(string nomFeuille, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        using var tampon = new MemoryStream();
        ClasseurXlsx.Ecrire(tampon, new FeuilleXlsx(nomFeuille, entetes, lignes));
        return tampon.ToArray();
    }
}
