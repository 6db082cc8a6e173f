namespace Portrea.Core.Ressources;

/// <summary>
/// The common budget table of one year: per partner and axis, staff time (FTE) and valued contributions (euros,
/// premises + equipment + money) kept apart since they do not add up; totals; each partner's share of each total.
/// </summary>
public static class SyntheseBudget
{
    public sealed record Montants(decimal Etp, decimal Euros)
    {
        public static Montants Zero { get; } = new(0, 0);

        public Montants Plus(ContributionBudget c) =>
            c.Nature == NatureContribution.Temps ? this with { Etp = Etp + c.Valeur } : this with { Euros = Euros + c.Valeur };

        public Montants Plus(Montants m) => new(Etp + m.Etp, Euros + m.Euros);
    }

    public sealed record LignePartenaire(int StructureId, string Nom, IReadOnlyDictionary<AxeReseau, Montants> ParAxe, Montants Total, double? PartEtp, double? PartEuros);

    public sealed record Synthese(
        int Annee,
        IReadOnlyList<LignePartenaire> Partenaires,
        IReadOnlyDictionary<AxeReseau, Montants> TotalParAxe,
        IReadOnlyDictionary<NatureContribution, decimal> TotalParNature,
        Montants Total);

    public static Synthese Calculer(int annee, IReadOnlyDictionary<int, string> partenaires, IEnumerable<ContributionBudget> contributions)
    {
        var annuelles = contributions.Where(c => c.Annee == annee).ToList();
        var total = annuelles.Aggregate(Montants.Zero, (m, c) => m.Plus(c));
        var lignes = partenaires.Select(p =>
        {
            var siennes = annuelles.Where(c => c.StructureId == p.Key).ToList();
            var parAxe = AxesReseau.Tous.ToDictionary(a => a, a => siennes.Where(c => c.Axe == a).Aggregate(Montants.Zero, (m, c) => m.Plus(c)));
            var sien = siennes.Aggregate(Montants.Zero, (m, c) => m.Plus(c));
            return new LignePartenaire(p.Key, p.Value, parAxe, sien, Part(sien.Etp, total.Etp), Part(sien.Euros, total.Euros));
        }).OrderByDescending(l => l.Total.Euros).ThenByDescending(l => l.Total.Etp).ThenBy(l => l.Nom, StringComparer.Ordinal).ToList();

        return new Synthese(
            annee,
            lignes,
            AxesReseau.Tous.ToDictionary(a => a, a => annuelles.Where(c => c.Axe == a).Aggregate(Montants.Zero, (m, c) => m.Plus(c))),
            NaturesContribution.Toutes.ToDictionary(n => n, n => annuelles.Where(c => c.Nature == n).Sum(c => c.Valeur)),
            total);
    }

    /// <summary>Share of a total; null when the total is zero (no share, rather than 0 %).</summary>
    private static double? Part(decimal valeur, decimal total) => total == 0 ? null : (double)(valeur / total);
}
