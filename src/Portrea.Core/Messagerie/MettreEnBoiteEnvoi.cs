using Portrea.Core.Persistence;

namespace Portrea.Core.Messagerie;

/// <summary>
/// Queues an e-mail in the database outbox; it is saved with the caller's other changes, so a message exists if and
/// only if what it announces was committed.
/// </summary>
public sealed class MettreEnBoiteEnvoi(PortreaDbContext db, TimeProvider horloge)
{
    public MessageSortant Ajouter(string destinataire, string sujet, string corps)
    {
        var message = new MessageSortant
        {
            Destinataire = destinataire,
            Sujet = sujet,
            Corps = corps,
            CreeLe = horloge.GetUtcNow().UtcDateTime,
        };
        db.MessagesSortants.Add(message);
        return message;
    }
}
