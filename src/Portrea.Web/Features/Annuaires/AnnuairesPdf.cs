using Portrea.Core.Territoires;
using Portrea.Web.Features.Pdf;

namespace Portrea.Web.Features.Annuaires;

/// <summary>The inhabitants' directory as an A4 PDF, printed like the portraits (ADR 0010).</summary>
public static class AnnuairesPdf
{
    public static IEndpointRouteBuilder MapAnnuairesPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/annuaires/{niveau}/{code}.pdf", TelechargerAsync)
            .WithName("AnnuairePdf")
            .WithSummary("Annuaire de l'aide au numérique pour les habitants d'une commune ou d'un EPCI, en PDF (A4)")
            .WithTags("Portraits");
        return app;
    }

    public static NiveauTerritoire? Niveau(string segment) => segment switch
    {
        "communes" => NiveauTerritoire.Commune,
        "epci" => NiveauTerritoire.Epci,
        _ => null,
    };

    private static async Task<IResult> TelechargerAsync(
        string niveau, string code, HttpContext http, ConstruireAnnuaire construire, RenduVues rendu, ImpressionPdf impression, CancellationToken ct)
    {
        if (Niveau(niveau) is not { } n || await construire.ConstruireAsync(n, code, ct) is not { } vue)
        {
            return Results.NotFound();
        }

        var html = await rendu.RendreAsync(http, "/Features/Annuaires/_AnnuaireImprime.cshtml", vue, $"Où trouver de l'aide : {vue.Nom}");
        return await ReponsePdf.ImprimerAsync(impression, html, NomFichier.Pdf("annuaire", n.Code(), code, vue.Nom, vue.Date), ct);
    }
}
