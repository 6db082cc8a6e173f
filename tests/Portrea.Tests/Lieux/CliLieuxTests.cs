using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portrea.Cli;
using Portrea.Tests.Cli;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Persistence;

namespace Portrea.Tests.Lieux;

[Collection(ConsoleCli.Nom)]
public sealed class CliLieuxTests
{
    [Fact]
    public async Task ImportLieux_LignesInvalides_AfficheLeRapportJsonEtSortAvecLeCode1()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var sortie = new StringWriter();
        var console = Console.Out;
        Console.SetOut(sortie);
        int code;
        try
        {
            code = await Programme.Main(["import", "lieux", ImportLieuxTests.Fixture("occitanie_lieux_v0.csv"), "--json", "--dossier-donnees", baseDeTest.DossierDonnees]);
        }
        finally
        {
            Console.SetOut(console);
        }

        code.ShouldBe(1);
        var rapport = JsonDocument.Parse(sortie.ToString()).RootElement;
        rapport.GetProperty("acceptes").GetInt32().ShouldBe(27);
        rapport.GetProperty("rejetes").GetArrayLength().ShouldBe(4);
        rapport.GetProperty("doublons").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task ImportLieux_FichierNonUtf8_SortAvecLeCode2()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var fichier = Path.Combine(baseDeTest.DossierDonnees, "latin1.csv");
        await File.WriteAllBytesAsync(fichier, [.. "id,nom,commune\n1,Mairie,Gu"u8.ToArray(), 0xE9, .. "rande\n"u8.ToArray()]);

        (await Programme.Main(["import", "lieux", fichier, "--dossier-donnees", baseDeTest.DossierDonnees])).ShouldBe(2);
    }

    [Fact]
    public async Task ImportLieuxPuisExport_FichierValide_EcritPuisExporteLeStandard()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var valide = Path.Combine(baseDeTest.DossierDonnees, "valide.csv");
        await File.WriteAllLinesAsync(valide, (await File.ReadAllLinesAsync(ImportLieuxTests.Fixture("occitanie_lieux_v0.csv"))).Take(27));
        var export = Path.Combine(baseDeTest.DossierDonnees, "export.csv");
        string[] options = ["--dossier-donnees", baseDeTest.DossierDonnees];

        (await Programme.Main(["import", "lieux", valide, "--dry-run", .. options])).ShouldBe(0);
        await using (var db = SchemaTests.Contexte(baseDeTest))
        {
            (await db.Lieux.CountAsync()).ShouldBe(0);
        }

        (await Programme.Main(["import", "lieux", valide, .. options])).ShouldBe(0);
        (await Programme.Main(["export", "lieux", "--format", "mednum-csv", "--out", export, .. options])).ShouldBe(0);

        var lignes = await File.ReadAllLinesAsync(export);
        lignes[0].ShouldStartWith("id,pivot,nom,commune,code_postal");
        lignes.Length.ShouldBe(27);
    }
}
