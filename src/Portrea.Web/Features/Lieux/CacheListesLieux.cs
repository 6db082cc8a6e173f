using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Lieux;

/// <summary>A rendered list of places: body, content type, total count and entity tag.</summary>
public sealed record ListeRendue(byte[] Corps, string Type, int Total, string Etag);

/// <summary>
/// Rendering a filtered list of thousands of places costs far more than sending its bytes, and the map asks the same
/// few lists again and again. Rendered lists are kept in this instance's memory, keyed by a stamp of the places that
/// any write changes (the modification counter of places and data sets, see
/// <see cref="CompteurModifications"/>): a write made through any
/// instance is seen by every other one within a second, so there is nothing to invalidate across instances and
/// nothing another instance needs lives here.
/// </summary>
public sealed class CacheListesLieux : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 128L * 1024 * 1024 });

    private Empreinte _empreinte = new(null, -1, 0);

    /// <summary>
    /// The stamp of the places' data, or null when it cannot be known (then nothing is cached). The database counter
    /// is read at most once a second, which is what makes cached lists cheap; this instance's own writes are seen at
    /// once, other instances' within that second, well inside the <c>max-age</c> the responses already announce.
    /// </summary>
    public async Task<string?> EmpreinteAsync(PortreaDbContext db, CancellationToken ct)
    {
        var locales = CompteurModifications.EcrituresLocales;
        var connue = _empreinte;
        if (connue.EcrituresLocales == locales && Stopwatch.GetElapsedTime(connue.LueA) < TimeSpan.FromSeconds(1))
        {
            return connue.Valeur;
        }

        var compteur = await db.CompteursModifications.AsNoTracking()
            .Where(c => c.Cle == CompteurModifications.Lieux).Select(c => (long?)c.Valeur).FirstOrDefaultAsync(ct);
        var valeur = compteur?.ToString(CultureInfo.InvariantCulture);
        _empreinte = new Empreinte(valeur, locales, Stopwatch.GetTimestamp());
        return valeur;
    }

    private sealed record Empreinte(string? Valeur, long EcrituresLocales, long LueA);

    /// <summary>Canonical key of a request: the same filters in any order give the same key.</summary>
    public static string? Cle(string? empreinte, IQueryCollection requete, DateTime? minute)
    {
        if (empreinte is null)
        {
            return null;
        }

        var cle = new StringBuilder(empreinte);
        foreach (var (nom, valeurs) in requete.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            cle.Append('&').Append(nom).Append('=').Append(string.Join(',', valeurs.ToArray()));
        }

        if (minute is { } m)
        {
            cle.Append("@").Append(m.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture));
        }

        return cle.ToString();
    }

    public async Task<ListeRendue> ObtenirAsync(string? cle, Func<Task<ListeRendue>> rendre)
    {
        if (cle is null)
        {
            return await rendre();
        }

        if (cache.TryGetValue(cle, out ListeRendue? liste) && liste is not null)
        {
            return liste;
        }

        liste = await rendre();
        cache.Set(cle, liste, new MemoryCacheEntryOptions
        {
            Size = liste.Corps.Length,
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
        return liste;
    }

    public void Dispose() => cache.Dispose();
}
