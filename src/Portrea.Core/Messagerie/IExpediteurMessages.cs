using MimeKit;

namespace Portrea.Core.Messagerie;

/// <summary>Delivers one message: through SMTP, or into an <c>.eml</c> file in the embedded mode.</summary>
public interface IExpediteurMessages
{
    Task EnvoyerAsync(MimeMessage message, CancellationToken ct);
}
