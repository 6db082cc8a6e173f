namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// The last computation, kept in memory by each web instance. It is derived from the database only and keyed by a
/// fingerprint of the loaded datasets and settings, so an import made through another instance is seen at once.
/// </summary>
public sealed class CacheIndicateurs
{
    private readonly SemaphoreSlim _verrou = new(1, 1);
    private (string Empreinte, ResultatsIndicateurs Resultats)? _dernier;

    public async Task<ResultatsIndicateurs> ObtenirAsync(string empreinte, Func<Task<ResultatsIndicateurs>> calculer, CancellationToken ct)
    {
        if (_dernier is { } dernier && dernier.Empreinte == empreinte)
        {
            return dernier.Resultats;
        }

        await _verrou.WaitAsync(ct);
        try
        {
            if (_dernier is { } encore && encore.Empreinte == empreinte)
            {
                return encore.Resultats;
            }

            var resultats = await calculer();
            _dernier = (empreinte, resultats);
            return resultats;
        }
        finally
        {
            _verrou.Release();
        }
    }
}
