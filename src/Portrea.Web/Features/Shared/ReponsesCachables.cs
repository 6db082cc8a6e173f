using System.Security.Cryptography;

namespace Portrea.Web.Features.Shared;

/// <summary>Marks an endpoint whose GET responses browsers and proxies may keep for <see cref="DureeSecondes"/>, then revalidate.</summary>
public sealed record CachePublic(int DureeSecondes);

/// <summary>
/// Gives cacheable GET responses an ETag computed from their body, and answers 304 when the client already holds it.
/// The tag depends only on the bytes, so every instance behind a load balancer gives the same one; it is weak because
/// response compression, outside this middleware, changes the bytes on the wire but not the meaning.
/// </summary>
public sealed class ReponsesCachables(RequestDelegate suivant)
{
    public async Task InvokeAsync(HttpContext contexte)
    {
        var cache = contexte.GetEndpoint()?.Metadata.GetMetadata<CachePublic>();
        if (cache is null || !HttpMethods.IsGet(contexte.Request.Method) && !HttpMethods.IsHead(contexte.Request.Method))
        {
            await suivant(contexte);
            return;
        }

        var corpsOriginal = contexte.Response.Body;
        await using var tampon = new MemoryStream();
        contexte.Response.Body = tampon;
        try
        {
            await suivant(contexte);
        }
        finally
        {
            contexte.Response.Body = corpsOriginal;
        }

        if (contexte.Response.StatusCode != StatusCodes.Status200OK)
        {
            tampon.Position = 0;
            await tampon.CopyToAsync(corpsOriginal, contexte.RequestAborted);
            return;
        }

        var etiquette = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(tampon.GetBuffer().AsSpan(0, (int)tampon.Length)))[..32]}\"";
        contexte.Response.Headers.ETag = etiquette;
        contexte.Response.Headers.CacheControl = $"public, max-age={cache.DureeSecondes}, must-revalidate";
        contexte.Response.Headers.Vary = "Accept-Encoding";
        if (contexte.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(e => e.Trim() == etiquette || e.Trim() == "*")))
        {
            contexte.Response.StatusCode = StatusCodes.Status304NotModified;
            contexte.Response.ContentLength = null;
            return;
        }

        contexte.Response.ContentLength = tampon.Length;
        tampon.Position = 0;
        await tampon.CopyToAsync(corpsOriginal, contexte.RequestAborted);
    }
}

public static class ReponsesCachablesExtensions
{
    public static TBuilder AvecCache<TBuilder>(this TBuilder builder, TimeSpan duree)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachePublic((int)duree.TotalSeconds));
}
