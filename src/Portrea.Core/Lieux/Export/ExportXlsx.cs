using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Export;

/// <summary>One « Lieux » sheet: the standard's 32 columns then the PorTReA columns, text cells (inline strings).</summary>
public static class ExportXlsx
{
    public static void Ecrire(IReadOnlyList<Lieu> lieux, Stream sortie) =>
        ClasseurXlsx.Ecrire(sortie, new FeuilleXlsx(
            "Lieux",
            [.. ChampsStandard.Tous, .. ColonnesPortrea.Noms],
            lieux.Select(l => (IReadOnlyList<object?>)[.. LigneStandard.Valeurs(l), .. ColonnesPortrea.Valeurs(l)])));
}
