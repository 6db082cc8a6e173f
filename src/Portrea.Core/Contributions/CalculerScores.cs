using Portrea.Core.Lieux;

namespace Portrea.Core.Contributions;

/// <summary>
/// Completeness: the share of a sheet's important fields that are filled, and which are missing. Freshness: whole months
/// since an editor last confirmed the sheet (an edit counts), else since its last update date.
/// </summary>
public sealed record ScoresFiche(int Completude, IReadOnlyList<string> ChampsManquants, DateOnly DerniereConfirmation, int MoisDepuisConfirmation)
{
    /// <summary>Higher means to update sooner: each missing field weighs like a month without confirmation.</summary>
    public int Priorite => ChampsManquants.Count + MoisDepuisConfirmation;
}

public static class CalculerScores
{
    public static readonly IReadOnlyList<DefinitionChamp> ChampsImportants = [.. ChampsLieu.Tous.Where(c => c.Important)];

    public static ScoresFiche Pour(Lieu lieu, DateOnly aujourdhui)
    {
        var manquants = ChampsImportants.Where(c => string.IsNullOrWhiteSpace(c.Lire(lieu))).Select(c => c.Libelle).ToList();
        var completude = (int)Math.Round(100.0 * (ChampsImportants.Count - manquants.Count) / ChampsImportants.Count);
        var confirmation = lieu.DateConfirmation ?? lieu.DateMaj;
        var mois = Math.Max(0, ((aujourdhui.Year - confirmation.Year) * 12) + aujourdhui.Month - confirmation.Month - (aujourdhui.Day < confirmation.Day ? 1 : 0));
        return new ScoresFiche(completude, manquants, confirmation, mois);
    }
}
