using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Portraits;

public abstract class PortraitsPdfTests(Bretagne bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task Pdf_PortraitDUnEpci_EstUnVraiPdfAvecLeNomEtLesParties()
    {
        var epci = await bretagne.App.AvecBaseAsync(db => db.Epcis.OrderBy(e => e.Siren).FirstAsync());

        var reponse = await _client.GetAsync($"/portraits/epci/{epci.Siren}.pdf");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        reponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var nom = reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        nom.ShouldStartWith($"portrait-epci-{epci.Siren}-");
        nom.ShouldEndWith(".pdf");
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        var (pages, texte) = await LirePdfAsync(octets);
        pages.ShouldBeGreaterThanOrEqualTo(1);
        Normaliser(texte).ShouldContain(Normaliser(epci.Nom));
        texte.ShouldContain("Identité du territoire");
        texte.ShouldContain("Où une nouvelle permanence aiderait le plus");
    }

    [Fact]
    public async Task Pdf_AvecSimulation_ImprimeLaSimulation()
    {
        var reponse = await _client.GetAsync("/portraits/communes/35238.pdf?ajout=35238:etre_aidee:4");

        reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, texte) = await LirePdfAsync(await reponse.Content.ReadAsByteArrayAsync());
        texte.ShouldContain("Simulation en cours");
    }

    [Fact]
    public async Task ListeEpci_ToutesLesPortraits_LieHtmlEtPdf()
    {
        var html = await _client.GetStringAsync("/portraits/epci");
        var sirens = await bretagne.App.AvecBaseAsync(db => db.Epcis.Select(e => e.Siren).ToListAsync());

        sirens.Count.ShouldBe(61);
        foreach (var siren in sirens)
        {
            html.ShouldContain($"href=\"/portraits/epci/{siren}\"");
            html.ShouldContain($"href=\"/portraits/epci/{siren}.pdf\"");
        }

        (await _client.GetStringAsync("/territoires/departements/35")).ShouldContain("href=\"/portraits/epci\"");
    }

    /// <summary>Page count from <c>pdfinfo</c> and text from <c>pdftotext</c> (poppler-utils), as a reader would see them.</summary>
    internal static async Task<(int Pages, string Texte)> LirePdfAsync(byte[] octets)
    {
        Encoding.ASCII.GetString(octets, 0, 5).ShouldBe("%PDF-");
        var fichier = Path.Combine(Path.GetTempPath(), $"portrea-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(fichier, octets);
        try
        {
            var info = await ExecuterAsync("pdfinfo", fichier);
            var ligne = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            var texte = await ExecuterAsync("pdftotext", "-layout", fichier, "-");
            return (int.Parse(ligne["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture), texte);
        }
        finally
        {
            File.Delete(fichier);
        }
    }

    /// <summary>Text extraction may split or join words across lines; compare on single spaces.</summary>
    internal static string Normaliser(string texte) => string.Join(' ', texte.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<string> ExecuterAsync(string programme, params string[] arguments)
    {
        var demarrage = new ProcessStartInfo(programme) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            demarrage.ArgumentList.Add(a);
        }

        using var processus = Process.Start(demarrage)!;
        var sortie = await processus.StandardOutput.ReadToEndAsync();
        await processus.WaitForExitAsync();
        processus.ExitCode.ShouldBe(0, programme);
        return sortie;
    }
}

// Printing does not depend on the database engine (the page tests cover both); one engine keeps Chromium runs few.
[Collection(SurSqlite.Nom)]
public sealed class PortraitsPdfSqliteTests(BretagneSqlite bretagne) : PortraitsPdfTests(bretagne);
