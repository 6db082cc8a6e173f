using System.Collections.Concurrent;
using Portrea.Core.Courriel;

namespace Portrea.Tests.Infrastructure;

/// <summary>Keeps the deposited e-mails so that tests can read what a feature sent.</summary>
public sealed class BoiteEnvoiDeTest : IBoiteEnvoi
{
    public ConcurrentQueue<(string Destinataire, string Sujet, string Corps)> Messages { get; } = new();

    public Task DeposerAsync(string destinataire, string sujet, string corpsTexte, CancellationToken ct)
    {
        Messages.Enqueue((destinataire, sujet, corpsTexte));
        return Task.CompletedTask;
    }
}
