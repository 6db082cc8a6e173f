using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Campagnes;

/// <summary>
/// One host for the campaign API and link tests, sending through a real SMTP server on loopback (python3-aiosmtpd).
/// Each test creates its own EPCI and places (<see cref="TerritoireCampagne"/>), so tests share the start-up only.
/// </summary>
public sealed class CampagnesFixture : IAsyncLifetime
{
    private BaseDeTest? _base;
    private PortreaApplication? _app;

    /// <summary>A mailbox the SMTP server refuses for good (a bounce).</summary>
    public const string AdresseRefusee = "boite-inconnue@example.org";

    public ServeurSmtp Smtp { get; private set; } = null!;

    public PortreaApplication App => _app ?? throw new InvalidOperationException("Fixture non initialisée.");

    public async Task InitializeAsync()
    {
        Smtp = await ServeurSmtp.DemarrerAsync(AdresseRefusee);
        _base = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        var reglages = new Dictionary<string, string?>(Infrastructure.Comptes.SansAmorcage) { ["Portrea:Campagnes:IntervalleSecondes"] = "3600" }
            .Concat(Smtp.Reglages).ToDictionary();
        _app = new PortreaApplication(_base, reglages);
        _app.CreateClient().Dispose();
    }

    /// <summary>The path of the personal link in the message <paramref name="email"/> received.</summary>
    public async Task<string> LienAsync(string email)
    {
        var fin = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var message = Smtp.Messages().LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email));
            if (message?.TextBody is { } corps && System.Text.RegularExpressions.Regex.Match(corps, @"https?://\S+/mise-a-jour/\S+") is { Success: true } lien)
            {
                return new Uri(lien.Value).AbsolutePath;
            }

            if (DateTime.UtcNow > fin)
            {
                throw new TimeoutException($"Aucun courriel de campagne reçu par {email}.");
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_base is not null)
        {
            await _base.DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Nom)]
public sealed class CampagnesCollection : ICollectionFixture<CampagnesFixture>
{
    public const string Nom = "Campagnes";
}
