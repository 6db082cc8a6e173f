using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portrea.Bench;

/// <summary>The real web host as a child process, for the benchmarks that measure it over loopback.</summary>
public static class HoteWebBench
{
    /// <summary>Starts the web host in Release on <paramref name="port"/>; <paramref name="reglages"/> are configuration keys (<c>a:b</c>).</summary>
    public static Process Demarrer(string dossier, int port, IReadOnlyDictionary<string, string?>? reglages = null)
    {
        var projet = Path.Combine(Racine(), "src", "Portrea.Web");
        var info = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--no-launch-profile", "--project", projet])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Portrea__DataDirectory"] = dossier;
        foreach (var (cle, valeur) in reglages ?? new Dictionary<string, string?>())
        {
            info.Environment[cle.Replace(":", "__", StringComparison.Ordinal)] = valeur;
        }

        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var processus = Process.Start(info)!;
        processus.OutputDataReceived += (_, _) => { };
        processus.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine("[hôte] " + e.Data);
            }
        };
        processus.BeginOutputReadLine();
        processus.BeginErrorReadLine();
        return processus;
    }

    public static async Task AttendreAsync(HttpClient client, Process hote)
    {
        Console.WriteLine("Compilation (Release) et démarrage de l'hôte web…");
        var limite = Stopwatch.StartNew();
        while (limite.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (hote.HasExited)
            {
                throw new InvalidOperationException($"L'hôte web s'est arrêté (code {hote.ExitCode}).");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("L'hôte web n'a pas répondu en 5 minutes.");
    }

    public static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }

    public static string Racine()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (File.Exists(Path.Combine(dossier.FullName, "Portrea.slnx")))
            {
                return dossier.FullName;
            }
        }

        throw new DirectoryNotFoundException("Racine du dépôt (Portrea.slnx) introuvable.");
    }
}
