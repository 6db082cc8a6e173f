using Portrea.Core.Lieux.Dedoublonnage;

namespace Portrea.Tests.Lieux.Dedoublonnage;

public sealed class SimilariteNomsTests
{
    [Theory]
    [InlineData("France services Tréguier", "Espace France Services de Tréguier", true)]
    [InlineData("Médiathèque de Lannion", "MEDIATHEQUE  LANNION", true)]
    [InlineData("Mairie de Brest", "Centre social de Brest", false)]
    [InlineData("Médiathèque 1", "Médiathèque 2", false)]
    [InlineData("Lieu de médiation 12", "Lieu de médiation 13", false)]
    [InlineData("Antenne 3 de Rennes", "Antenne 3 Rennes", true)]
    [InlineData("CCAS Rennes 2", "CCAS Rennes", true)]
    public void Similaires_DeuxNoms_DitSiCestLeMemeLieu(string a, string b, bool attendu)
    {
        SimilariteNoms.Similaires(a, b).ShouldBe(attendu);
        SimilariteNoms.Similaires(b, a).ShouldBe(attendu);
    }
}
