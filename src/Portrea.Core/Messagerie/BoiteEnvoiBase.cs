using Portrea.Core.Courriel;

namespace Portrea.Core.Messagerie;

/// <summary>The database outbox behind <see cref="IBoiteEnvoi"/>: the message is added to the caller's DbContext.</summary>
public sealed class BoiteEnvoiBase(MettreEnBoiteEnvoi boite) : IBoiteEnvoi
{
    public Task DeposerAsync(string destinataire, string sujet, string corpsTexte, CancellationToken ct)
    {
        boite.Ajouter(destinataire, sujet, corpsTexte);
        return Task.CompletedTask;
    }
}
