using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Infrastructure;

/// <summary>
/// The real web host on a loopback port, with the shipped Bretagne data on SQLite, and Debian's Chromium driven by
/// Playwright (which cannot download its own browser here).
/// </summary>
public sealed class Navigateur : IAsyncLifetime
{
    public const string CheminChromium = "/usr/bin/chromium";

    /// <summary>The hub administrator created at first start from the settings, as in production.</summary>
    public const string EmailAdministrateur = "admin@portrea.test";
    public const string MotDePasseAdministrateur = "administrateur-du-hub-de-test";

    private BaseDeTest? _base;
    private PortreaApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public Uri Adresse { get; private set; } = null!;

    /// <summary>Where the embedded mode writes the e-mails (no SMTP server configured).</summary>
    public string BoiteEnvoi => Courriels.BoiteEnvoi(_base ?? throw new InvalidOperationException("Fixture non initialisée."));

    public async Task InitializeAsync()
    {
        if (!File.Exists(CheminChromium))
        {
            throw new InvalidOperationException($"Chromium est introuvable ({CheminChromium}) : lancez les tests avec « bash scripts/test.sh », qui l'installe.");
        }

        _base = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var port = PortLibre();
        // No tile server is reachable from the tests: the map must work on its plain background.
        _app = new PortreaApplication(_base, new Dictionary<string, string?>
        {
            ["Portrea:Carte:FondDeCarte"] = "",
            ["Portrea:Admin:Email"] = EmailAdministrateur,
            ["Portrea:Admin:Password"] = MotDePasseAdministrateur,
            ["Portrea:Smtp:IntervalleSecondes"] = "0.2",
        });
        _app.UseKestrel(port);
        _app.StartServer();
        Adresse = new Uri($"http://127.0.0.1:{port}/");

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = CheminChromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public Task<IPage> OuvrirAsync(string chemin, ViewportSize? ecran = null) => OuvrirAsync(chemin, utilisateur: null, ecran);

    /// <summary>Opens <paramref name="chemin"/> in a fresh browser context, signed in as <paramref name="utilisateur"/> (a real account and its API token) or anonymous.</summary>
    public async Task<IPage> OuvrirAsync(string chemin, UtilisateurDeTest? utilisateur, ViewportSize? ecran = null)
    {
        var contexte = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            BaseURL = Adresse.ToString(),
            ViewportSize = ecran ?? new ViewportSize { Width = 1280, Height = 900 },
            ExtraHTTPHeaders = utilisateur is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + await _app!.JetonPourAsync(utilisateur) },
        });
        var page = await contexte.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Console.Error.WriteLine($"[navigateur {chemin}] {message.Type} : {message.Text}");
            }
        };
        page.PageError += (_, erreur) => Console.Error.WriteLine($"[navigateur {chemin}] exception : {erreur}");
        page.RequestFailed += (_, requete) => Console.Error.WriteLine($"[navigateur {chemin}] échec : {requete.Url} {requete.Failure}");
        var reponse = await page.GotoAsync(chemin);
        reponse.ShouldNotBeNull().Status.ShouldBe(200, $"GET {chemin}");
        return page;
    }

    /// <summary>Saves a screenshot next to the test results (kept by CI as an artefact).</summary>
    public static async Task CapturerAsync(IPage page, string nom)
    {
        var dossier = Path.Combine(RacineDepot(), "tests", "resultats", "captures");
        Directory.CreateDirectory(dossier);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dossier, nom + ".png"), FullPage = false });
    }

    private static string RacineDepot()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (File.Exists(Path.Combine(dossier.FullName, "Portrea.slnx")))
            {
                return dossier.FullName;
            }
        }

        return Path.GetTempPath();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_base is not null)
        {
            await _base.DisposeAsync();
        }
    }

    private static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Nom)]
public sealed class AvecNavigateur : ICollectionFixture<Navigateur>
{
    public const string Nom = "Navigateur";
}
