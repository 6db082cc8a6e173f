namespace Portrea.Core.Demarche;

public sealed record Recommandation(DefinitionStrategie Strategie, string Explication, IReadOnlyList<string> NonEvalues);

/// <summary>
/// The strategy the maturity factors point to. Each specialised strategy lists in the referential the minimum level of
/// the factors it needs (« outil »: existing tooling mastered; « réseau »: a constituted network); among those whose
/// conditions are met, the one whose conditioning factors weigh most wins (ties: referential order); when none is met,
/// the default strategy (« généraliste », the polyvalent support). A factor not assessed counts as absent.
/// </summary>
public static class RecommanderStrategie
{
    public static Recommandation Recommander(ReferentielDemarche referentiel, IReadOnlyDictionary<string, int> niveaux)
    {
        int Niveau(string facteur) => niveaux.TryGetValue(facteur, out var n) ? n : 0;
        var nonEvalues = referentiel.FacteursMaturite.Where(f => !niveaux.ContainsKey(f.Code)).Select(f => f.Libelle).ToList();
        var eligibles = referentiel.Strategies
            .Where(s => !s.ParDefaut && s.Conditions.Count > 0 && s.Conditions.All(c => Niveau(c.Key) >= c.Value))
            .Select((s, rang) => (Strategie: s, Score: s.Conditions.Keys.Sum(Niveau), Rang: rang))
            .OrderByDescending(e => e.Score).ThenBy(e => e.Rang)
            .ToList();

        string Etat(string facteur) =>
            $"{Libelle(referentiel, facteur).ToLowerInvariant()} : {referentiel.NiveauxMaturite[Math.Clamp(Niveau(facteur), 0, referentiel.NiveauxMaturite.Count - 1)]}";
        string Exigences(DefinitionStrategie s) =>
            string.Join(", ", s.Conditions.Select(c => $"{Libelle(referentiel, c.Key).ToLowerInvariant()} au moins « {referentiel.NiveauxMaturite[c.Value]} »"));

        string explication;
        DefinitionStrategie choisie;
        if (eligibles.Count > 0)
        {
            choisie = eligibles[0].Strategie;
            explication = $"{choisie.Libelle} est recommandée : ses conditions sont réunies ({string.Join(" ; ", choisie.Conditions.Keys.Select(Etat))}). {choisie.PourQui}";
            if (eligibles.Count > 1)
            {
                explication += $" {string.Join(" et ", eligibles.Skip(1).Select(e => e.Strategie.Libelle))} serait aussi possible.";
            }
        }
        else
        {
            choisie = referentiel.Strategies.Single(s => s.ParDefaut);
            var autres = referentiel.Strategies.Where(s => !s.ParDefaut).Select(s => $"{s.Libelle} demande {Exigences(s)}");
            explication = $"{choisie.Libelle} est recommandée : aucune stratégie spécialisée n'a ses conditions réunies ({string.Join(" ; ", autres)}). {choisie.PourQui}";
        }

        if (nonEvalues.Count > 0)
        {
            explication += $" Facteurs non évalués, comptés comme absents : {string.Join(", ", nonEvalues).ToLowerInvariant()}.";
        }

        return new Recommandation(choisie, explication, nonEvalues);
    }

    private static string Libelle(ReferentielDemarche referentiel, string facteur) =>
        referentiel.FacteursMaturite.FirstOrDefault(f => f.Code == facteur)?.Libelle ?? facteur;
}
