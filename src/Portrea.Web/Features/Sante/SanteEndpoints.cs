using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Sante;

public static class SanteEndpoints
{
    /// <summary>Readiness for a load balancer: 200 once the database answers (start-up work is done before the host listens).</summary>
    public static IEndpointRouteBuilder MapSanteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async Task<IResult> (PortreaDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? TypedResults.Ok(new { statut = "pret" })
                    : TypedResults.Problem(title: "Base de données injoignable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Sante")
            .WithSummary("État de l'application")
            .WithTags("Santé");
        return app;
    }
}
