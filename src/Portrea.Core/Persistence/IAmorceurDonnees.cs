using Portrea.Core.Imports;

namespace Portrea.Core.Persistence;

/// <summary>Loads one part of the shipped open data into an empty database on first start.</summary>
public interface IAmorceurDonnees
{
    /// <summary>Lower runs first (territories before places and indicators).</summary>
    int Ordre { get; }

    string Nom { get; }

    Task<bool> DoitAmorcerAsync(CancellationToken ct);

    Task AmorcerAsync(IProgress<ProgressionImport>? progression, CancellationToken ct);
}
