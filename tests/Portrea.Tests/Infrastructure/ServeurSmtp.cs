using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portrea.Tests.Infrastructure;

/// <summary>A real SMTP server on loopback (Debian's python3-aiosmtpd) storing what it receives in a maildir.</summary>
public sealed class ServeurSmtp : IAsyncDisposable
{
    private readonly Process _processus;

    private ServeurSmtp(Process processus, int port, string dossier)
    {
        _processus = processus;
        Port = port;
        Dossier = dossier;
    }

    /// <summary>Debian's interpreter, where python3-aiosmtpd is installed (another python3 may come first on PATH).</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public int Port { get; }

    public string Dossier { get; }

    public IReadOnlyDictionary<string, string?> Reglages => new Dictionary<string, string?>
    {
        ["Portrea:Smtp:Hote"] = "127.0.0.1",
        ["Portrea:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portrea:Smtp:Securite"] = "aucune",
    };

    /// <summary>
    /// Starts the server; it refuses for good (550) the recipients listed in <paramref name="refuses"/>, as a mail
    /// server does for an unknown mailbox, and stores everything else.
    /// </summary>
    public static async Task<ServeurSmtp> DemarrerAsync(params string[] refuses)
    {
        var port = PortLibre();
        var dossier = Path.Combine(Path.GetTempPath(), "portrea-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dossier);
        await File.WriteAllTextAsync(Path.Combine(dossier, "portrea_refus.py"), GestionnaireAvecRefus);
        var demarrage = new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "portrea_refus.BoiteAvecRefus", Path.Combine(dossier, "maildir"), .. refuses])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        demarrage.Environment["PYTHONPATH"] = dossier;
        var processus = Process.Start(demarrage) ?? throw new InvalidOperationException("python3 introuvable : installez python3-aiosmtpd (scripts/test.sh le fait).");
        var serveur = new ServeurSmtp(processus, port, dossier);
        var fin = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return serveur;
            }
            catch (SocketException) when (DateTime.UtcNow < fin && !processus.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var erreur = processus.HasExited ? await processus.StandardError.ReadToEndAsync() : "";
                await serveur.DisposeAsync();
                throw new InvalidOperationException($"Le serveur SMTP de test n'a pas démarré (python3-aiosmtpd installé ?) {erreur}");
            }
        }
    }

    /// <summary>aiosmtpd's maildir handler, answering 550 to the recipients given after the folder.</summary>
    private const string GestionnaireAvecRefus = """
        from aiosmtpd.handlers import Mailbox


        class BoiteAvecRefus(Mailbox):
            def __init__(self, dossier, refuses):
                super().__init__(dossier)
                self.refuses = {r.lower() for r in refuses}

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0], args[1:])

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.lower() in self.refuses:
                    return "550 5.1.1 Mailbox unknown"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    public IReadOnlyList<MimeKit.MimeMessage> Messages() => Courriels.Lire(Path.Combine(Dossier, "maildir"));

    public async ValueTask DisposeAsync()
    {
        if (!_processus.HasExited)
        {
            _processus.Kill(entireProcessTree: true);
            await _processus.WaitForExitAsync();
        }

        _processus.Dispose();
        try
        {
            Directory.Delete(Dossier, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner.
        }
    }

    private static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }
}
