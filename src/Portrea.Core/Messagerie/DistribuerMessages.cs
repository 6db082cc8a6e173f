using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portrea.Core.Persistence;

namespace Portrea.Core.Messagerie;

/// <summary>
/// Sends what waits in the outbox. Each message is first claimed by one conditional UPDATE (unsent and not claimed,
/// or whose claim has lapsed): the database lets exactly one instance win it, so two instances never send the same
/// message twice.
/// </summary>
public sealed class DistribuerMessages(
    PortreaDbContext db,
    IExpediteurMessages expediteur,
    IOptions<OptionsMessagerie> options,
    TimeProvider horloge,
    ILogger<DistribuerMessages> logger)
{
    private static readonly string Instance = Tronquer($"{Environment.MachineName}-{Guid.NewGuid():N}", 100);

    /// <summary>A claim lasts this long: a sender that dies mid-send leaves the message to another after it.</summary>
    public static readonly TimeSpan DureeReservation = TimeSpan.FromMinutes(5);

    public const string CorpsEfface = "(contenu effacé après envoi)";

    public async Task<int> DistribuerAsync(CancellationToken ct)
    {
        var reglages = options.Value;
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var candidats = await db.MessagesSortants.AsNoTracking()
            .Where(m => m.EnvoyeLe == null && m.Tentatives < reglages.TentativesMaximum && (m.ReserveJusquA == null || m.ReserveJusquA < maintenant))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(50)
            .ToListAsync(ct);
        var envoyes = 0;
        foreach (var id in candidats)
        {
            if (await ReserverAsync(id, ct) && await EnvoyerAsync(id, reglages, ct))
            {
                envoyes++;
            }
        }

        return envoyes;
    }

    private async Task<bool> ReserverAsync(int id, CancellationToken ct)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var jusqua = maintenant.Add(DureeReservation);
        var lignes = await db.MessagesSortants
            .Where(m => m.Id == id && m.EnvoyeLe == null && (m.ReserveJusquA == null || m.ReserveJusquA < maintenant))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReserveJusquA, jusqua).SetProperty(m => m.ReservePar, Instance), ct);
        return lignes == 1;
    }

    private async Task<bool> EnvoyerAsync(int id, OptionsMessagerie reglages, CancellationToken ct)
    {
        var message = await db.MessagesSortants.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        try
        {
            await expediteur.EnvoyerAsync(Construire(message, reglages), ct);
        }
        catch (MailKit.Net.Smtp.SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // A permanent refusal (unknown mailbox, rejected message): retrying cannot help, it is recorded as a bounce.
            logger.LogWarning(e, "Message {Id} refusé par le serveur pour {Destinataire}", id, message.Destinataire);
            var refuseLe = horloge.GetUtcNow().UtcDateTime;
            await db.MessagesSortants.Where(m => m.Id == id && m.ReservePar == Instance).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Tentatives, reglages.TentativesMaximum)
                .SetProperty(m => m.RefuseLe, refuseLe)
                .SetProperty(m => m.DerniereErreur, Tronquer($"Refusé ({(int)e.StatusCode}) : {e.Message}", 2000))
                .SetProperty(m => m.ReserveJusquA, (DateTime?)null), ct);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Échec de l'envoi du message {Id} à {Destinataire}", id, message.Destinataire);
            // Released at once so that the next round retries it, until the attempts run out.
            await db.MessagesSortants.Where(m => m.Id == id && m.ReservePar == Instance).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Tentatives, m => m.Tentatives + 1)
                .SetProperty(m => m.DerniereErreur, Tronquer(e.Message, 2000))
                .SetProperty(m => m.ReserveJusquA, (DateTime?)null), ct);
            return false;
        }

        var envoyeLe = horloge.GetUtcNow().UtcDateTime;
        // The body carries sign-in and invitation links: once delivered, the database keeps no usable copy of them.
        await db.MessagesSortants.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.EnvoyeLe, envoyeLe)
            .SetProperty(m => m.Corps, CorpsEfface)
            .SetProperty(m => m.Tentatives, m => m.Tentatives + 1)
            .SetProperty(m => m.DerniereErreur, (string?)null), ct);
        return true;
    }

    private MimeMessage Construire(MessageSortant message, OptionsMessagerie reglages)
    {
        var mime = new MimeMessage
        {
            Subject = message.Sujet,
            Body = new TextPart("plain") { Text = message.Corps },
            Date = horloge.GetUtcNow(),
            MessageId = $"portrea-{message.Id}-{message.CreeLe:yyyyMMddHHmmss}@portrea",
        };
        mime.From.Add(MailboxAddress.Parse(reglages.Expediteur));
        mime.To.Add(MailboxAddress.Parse(message.Destinataire));
        return mime;
    }

    private static string Tronquer(string texte, int longueur) => texte.Length > longueur ? texte[..longueur] : texte;
}
