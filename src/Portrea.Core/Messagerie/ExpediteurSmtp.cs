using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portrea.Core.Messagerie;

public sealed class ExpediteurSmtp(IOptions<OptionsMessagerie> options) : IExpediteurMessages
{
    public async Task EnvoyerAsync(MimeMessage message, CancellationToken ct)
    {
        var reglages = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(reglages.Hote ?? "", reglages.Port, Securite(reglages.Securite), ct);
        if (!string.IsNullOrEmpty(reglages.Utilisateur))
        {
            await client.AuthenticateAsync(reglages.Utilisateur, reglages.MotDePasse ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private static SecureSocketOptions Securite(string valeur) => valeur.Trim().ToLowerInvariant() switch
    {
        "aucune" or "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
