using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// Public proposals are open to anyone: a fixed window per client address keeps one sender from flooding the referents'
/// queue. The limit is <c>Portrea:Contributions:PropositionsParHeure</c> (20 by default).
/// </summary>
public static class LimitesContributions
{
    public const string CleConfiguration = "Portrea:Contributions:PropositionsParHeure";

    public static Action<RateLimiterOptions> Configurer(IConfiguration configuration) => options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(ContributionsApi.LimitePropositions, contexte =>
        {
            var limite = int.TryParse(configuration[CleConfiguration], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
            return RateLimitPartition.GetFixedWindowLimiter(
                contexte.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limite, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
        });
        // Other limiters (sign-in) keep their own French answer.
        var autres = options.OnRejected;
        options.OnRejected = async (contexte, ct) =>
        {
            if (contexte.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != ContributionsApi.LimitePropositions)
            {
                if (autres is not null)
                {
                    await autres(contexte, ct);
                }

                return;
            }

            contexte.HttpContext.Response.Headers.RetryAfter = "3600";
            const string detail = "Trop de propositions envoyées depuis votre connexion : réessayez dans une heure.";
            if (contexte.HttpContext.Request.Path.StartsWithSegments("/api"))
            {
                await TypedResults.Problem(title: "Trop de requêtes", detail: detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(contexte.HttpContext);
            }
            else
            {
                contexte.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await contexte.HttpContext.Response.WriteAsync(detail, ct);
            }
        };
    };
}
