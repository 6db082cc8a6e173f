using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Portrea.Web.Features.Pdf;

/// <summary>Printing failed in a way the user should be told about (in French): no Chromium, busy, too slow.</summary>
public sealed class ImpressionPdfException(string message) : Exception(message);

/// <summary>
/// Prints a self-contained HTML document to an A4 PDF with headless Chromium (ADR 0010). A semaphore bounds the
/// number of Chromium processes per instance; each printing gets its own profile and temporary folder, so that
/// concurrent printings never share state, and a printing that overruns its delay is killed with its children.
/// </summary>
public sealed class ImpressionPdf(IOptions<PdfOptions> options, ILogger<ImpressionPdf> journal) : IDisposable
{
    private readonly SemaphoreSlim _places = new(Math.Max(1, options.Value.Simultanes));

    public async Task<byte[]> ImprimerAsync(string html, CancellationToken ct)
    {
        var reglages = options.Value;
        if (!File.Exists(reglages.Chromium))
        {
            throw new ImpressionPdfException(
                $"Impression PDF impossible : Chromium est introuvable à « {reglages.Chromium} ». Installez le paquet Debian chromium ou réglez Portrea:Pdf:Chromium.");
        }

        if (!await _places.WaitAsync(TimeSpan.FromSeconds(reglages.AttenteSecondes), ct))
        {
            throw new ImpressionPdfException("Impression PDF impossible pour l'instant : trop d'impressions en cours. Réessayez dans une minute.");
        }

        var dossier = Directory.CreateTempSubdirectory("portrea-pdf-");
        try
        {
            var page = Path.Combine(dossier.FullName, "document.html");
            var pdf = Path.Combine(dossier.FullName, "document.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var demarrage = new ProcessStartInfo(reglages.Chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-extensions", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                $"--user-data-dir={Path.Combine(dossier.FullName, "profil")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                demarrage.ArgumentList.Add(argument);
            }

            using var processus = Process.Start(demarrage) ?? throw new ImpressionPdfException("Impression PDF impossible : Chromium n'a pas démarré.");
            // Drained so that a chatty Chromium never blocks on a full pipe.
            var sortie = processus.StandardOutput.ReadToEndAsync(ct);
            var erreurs = processus.StandardError.ReadToEndAsync(ct);
            using var delai = CancellationTokenSource.CreateLinkedTokenSource(ct);
            delai.CancelAfter(TimeSpan.FromSeconds(reglages.DelaiSecondes));
            try
            {
                await processus.WaitForExitAsync(delai.Token);
            }
            catch (OperationCanceledException)
            {
                processus.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested)
                {
                    throw;
                }

                throw new ImpressionPdfException($"Impression PDF interrompue : Chromium n'a pas terminé en {reglages.DelaiSecondes} secondes.");
            }

            await Task.WhenAll(sortie, erreurs);
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                journal.LogWarning("Chromium exited with {Code} without a PDF: {Erreurs}", processus.ExitCode, erreurs.Result);
                throw new ImpressionPdfException($"Impression PDF impossible : Chromium s'est arrêté sans produire de fichier (code {processus.ExitCode}).");
            }

            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            _places.Release();
            try
            {
                dossier.Delete(recursive: true);
            }
            catch (IOException e)
            {
                journal.LogWarning(e, "Temporary PDF folder {Dossier} left behind", dossier.FullName);
            }
        }
    }

    public void Dispose() => _places.Dispose();
}
