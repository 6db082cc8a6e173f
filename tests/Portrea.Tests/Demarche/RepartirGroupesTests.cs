using Portrea.Core.Demarche;

namespace Portrea.Tests.Demarche;

public sealed class RepartirGroupesTests
{
    private static readonly Fourchette Taille = new(4, 6);

    private sealed record Personne(string Cle, string? Structure);

    public static TheoryData<int> Nombres()
    {
        var donnees = new TheoryData<int>();
        foreach (var n in Enumerable.Range(4, 197))
        {
            donnees.Add(n);
        }

        return donnees;
    }

    [Theory]
    [MemberData(nameof(Nombres))]
    public void Repartir_DeQuatreADeuxCents_TaillesDeQuatreASixEtStructuresMelangees(int n)
    {
        // Several shapes of structures per count: one big structure, a few mid-sized, all different, some without one.
        foreach (var forme in new Func<int, string?>[] { i => i % 3 == 0 ? "Mairie" : "Asso " + (i % 5), i => "S" + (i % 7), i => "Unique " + i, i => i % 2 == 0 ? null : "CCAS", i => "Seule" })
        {
            var personnes = Enumerable.Range(0, n).Select(i => new Personne($"p{i:D3}", forme(i))).ToList();

            var repartition = RepartirGroupes.Repartir(personnes, p => p.Structure, p => p.Cle, Taille);

            var groupes = repartition.Groupes;
            groupes.Sum(g => g.Count).ShouldBe(n);
            groupes.SelectMany(g => g).Distinct().Count().ShouldBe(n);
            if (n == 7)
            {
                groupes.Select(g => g.Count).Order().ShouldBe(new[] { 3, 4 });
                repartition.Avertissement.ShouldNotBeNull();
            }
            else
            {
                groupes.ShouldAllBe(g => g.Count >= 4 && g.Count <= 6, $"{n} participants");
                repartition.Avertissement.ShouldBeNull();
            }

            foreach (var structure in personnes.Where(p => p.Structure is not null).GroupBy(p => p.Structure))
            {
                var auPlus = (structure.Count() + groupes.Count - 1) / groupes.Count;
                groupes.Max(g => g.Count(p => p.Structure == structure.Key)).ShouldBeLessThanOrEqualTo(auPlus, $"{structure.Key} sur {n} participants");
            }
        }
    }

    [Fact]
    public void Repartir_OrdreDeLaListeDifferent_MemesGroupes()
    {
        var personnes = Enumerable.Range(0, 23).Select(i => new Personne($"p{i:D2}", "S" + (i % 4))).ToList();
        var melangees = personnes.OrderBy(p => (p.Cle.GetHashCode(StringComparison.Ordinal) * 31) % 17).ThenByDescending(p => p.Cle).ToList();

        var une = RepartirGroupes.Repartir(personnes, p => p.Structure, p => p.Cle, Taille);
        var autre = RepartirGroupes.Repartir(melangees, p => p.Structure, p => p.Cle, Taille);

        autre.Groupes.Select(g => g.Select(p => p.Cle).ToList()).ShouldBe(une.Groupes.Select(g => g.Select(p => p.Cle).ToList()));
    }

    [Fact]
    public void Repartir_MoinsDeQuatre_UnSeulGroupeEtUnAvertissement()
    {
        var repartition = RepartirGroupes.Repartir([new Personne("a", "X"), new Personne("b", "Y")], p => p.Structure, p => p.Cle, Taille);

        repartition.Groupes.Count.ShouldBe(1);
        repartition.Avertissement.ShouldNotBeNull().ShouldContain("un seul groupe");
    }
}
