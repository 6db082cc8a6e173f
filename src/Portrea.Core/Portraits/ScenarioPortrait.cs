using System.Globalization;
using Portrea.Core.Lieux;

namespace Portrea.Core.Portraits;

/// <summary>A what-if: permanences added in communes and needs removed from places, applied before every figure is computed.</summary>
public sealed record ScenarioPortrait(IReadOnlyList<AjoutPermanence> Ajouts, IReadOnlyList<RetraitPermanence> Retraits)
{
    public static ScenarioPortrait Aucun { get; } = new([], []);

    public bool EstVide => Ajouts.Count == 0 && Retraits.Count == 0;

    /// <summary>
    /// Reads <c>ajout=commune:besoin:heures</c> and <c>retrait=lieuId:besoin</c> values (as in URLs); the error, in
    /// French, names the first value that cannot be read.
    /// </summary>
    public static bool TryLire(IEnumerable<string?> ajouts, IEnumerable<string?> retraits, out ScenarioPortrait scenario, out string? erreur)
    {
        scenario = Aucun;
        erreur = null;
        var listeAjouts = new List<AjoutPermanence>();
        foreach (var texte in ajouts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var parties = texte!.Split(':');
            if (parties.Length != 3 || parties[0].Trim().Length == 0 || !CategorieBesoinTexte.TryParse(parties[1], out var besoin)
                || !double.TryParse(parties[2].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var heures) || heures <= 0 || heures > 168)
            {
                erreur = $"Ajout illisible « {texte} » : attendu commune:besoin:heures, par exemple 35238:etre_aidee:4 (heures entre 0 et 168).";
                return false;
            }

            listeAjouts.Add(new AjoutPermanence(parties[0].Trim(), besoin, heures));
        }

        var listeRetraits = new List<RetraitPermanence>();
        foreach (var texte in retraits.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var parties = texte!.Split(':');
            if (parties.Length != 2 || !int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lieu) || !CategorieBesoinTexte.TryParse(parties[1], out var besoin))
            {
                erreur = $"Retrait illisible « {texte} » : attendu lieu:besoin, par exemple 12:etre_aidee.";
                return false;
            }

            listeRetraits.Add(new RetraitPermanence(lieu, besoin));
        }

        scenario = new ScenarioPortrait(listeAjouts, listeRetraits);
        return true;
    }
}

/// <summary>A new permanence held at the commune's centre for one need, so many hours a week.</summary>
public sealed record AjoutPermanence(string CommuneCode, CategorieBesoin Besoin, double HeuresParSemaine)
{
    public string Texte => string.Create(CultureInfo.InvariantCulture, $"{CommuneCode}:{Besoin.Code()}:{HeuresParSemaine:0.##}");
}

/// <summary>Every service of one need in one place, taken away.</summary>
public sealed record RetraitPermanence(int LieuId, CategorieBesoin Besoin)
{
    public string Texte => string.Create(CultureInfo.InvariantCulture, $"{LieuId}:{Besoin.Code()}");
}
