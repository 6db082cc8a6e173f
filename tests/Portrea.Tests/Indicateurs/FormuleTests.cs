using Portrea.Core.Indicateurs.Formules;

namespace Portrea.Tests.Indicateurs;

public sealed class FormuleTests
{
    [Fact]
    public void Evaluer_FormuleDeFragilite_DonneLeCalculPorTReA()
    {
        var formule = Formule.Analyser("POP65P + NSCOL15P_DIPLMIN * (POP15P - POP65P) / POP15P");

        var valeur = formule.Evaluer(new Dictionary<string, double?> { ["POP65P"] = 100, ["NSCOL15P_DIPLMIN"] = 50, ["POP15P"] = 400 });

        valeur.ShouldBe(100 + 50 * 300 / 400.0);
        formule.Symboles.ShouldBe(["NSCOL15P_DIPLMIN", "POP15P", "POP65P"]);
    }

    [Theory]
    [InlineData("1 + 2 * 3 - -4 / 2", 9)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 / 4 / 5", 0.5)]
    [InlineData("2 × 3.5", 7)]
    public void Evaluer_PrioriteDesOperateurs_EstRespectee(string texte, double attendu) =>
        Formule.Analyser(texte).Evaluer(new Dictionary<string, double?>()).ShouldBe(attendu);

    [Fact]
    public void Evaluer_VariableManquante_RenvoieNullEtPasZero() =>
        Formule.Analyser("A + B").Evaluer(new Dictionary<string, double?> { ["A"] = 3, ["B"] = null }).ShouldBeNull();

    [Fact]
    public void Evaluer_DivisionParZero_RenvoieNull() =>
        Formule.Analyser("A / B").Evaluer(new Dictionary<string, double?> { ["A"] = 3, ["B"] = 0 }).ShouldBeNull();

    [Theory]
    [InlineData("A +")]
    [InlineData("(A + B")]
    [InlineData("A $ B")]
    [InlineData("")]
    [InlineData("A B")]
    public void Analyser_FormuleMalFormee_LeveUneErreurEnFrancais(string texte) =>
        Should.Throw<FormuleInvalideException>(() => Formule.Analyser(texte)).Message.ShouldContain("formule");

    [Fact]
    public void Compiler_PoidsNul_IgnoreLeTermeDontLesDonneesManquent()
    {
        var formule = Formule.Analyser("p * A + q * B");
        string[] noms = ["A", "B"];

        var calcul = formule.Compiler(n => Array.IndexOf(noms, n), n => n switch { "p" => 2, "q" => 0, _ => null });

        calcul([5, double.NaN]).ShouldBe(10);
    }
}
