using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Comptes;

/// <summary>
/// Slows down password guessing and mail flooding: submissions to the sign-in, magic-link, invitation and token
/// endpoints are limited per client address. The window is per instance; the lockout that counts failures per
/// account is in the database.
/// </summary>
public static class LimiteConnexions
{
    private static readonly string[] Chemins = ["/connexion", "/invitation", "/api/v1/auth/jeton"];

    public static IServiceCollection AddLimiteConnexions(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(contexte =>
            {
                if (!EstLimitee(contexte.Request))
                {
                    return RateLimitPartition.GetNoLimiter("libre");
                }

                var limite = contexte.RequestServices.GetRequiredService<IOptions<OptionsComptes>>().Value.TentativesParMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    contexte.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limite, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = async (contexte, ct) =>
            {
                contexte.HttpContext.Response.Headers.RetryAfter = "60";
                const string message = "Trop de tentatives depuis votre adresse : patientez une minute avant de réessayer.";
                if (contexte.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await Problemes.Ecrire(contexte.HttpContext, StatusCodes.Status429TooManyRequests, "Trop de tentatives", message);
                    return;
                }

                contexte.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                contexte.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await contexte.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Trop de tentatives — Portrea</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
                    + $"<body><main class=\"conteneur\"><h1>Trop de tentatives</h1><p>{message}</p><p><a href=\"/connexion\">Revenir à la connexion</a></p></main></body></html>", ct);
            };
        });
        return services;
    }

    private static bool EstLimitee(HttpRequest requete) =>
        HttpMethods.IsPost(requete.Method) && Chemins.Any(c => requete.Path.StartsWithSegments(c));
}
