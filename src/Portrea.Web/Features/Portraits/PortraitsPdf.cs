using Portrea.Core.Territoires;
using Portrea.Web.Features.Pdf;

namespace Portrea.Web.Features.Portraits;

/// <summary>The portrait as an A4 PDF: the page's own markup, printed by headless Chromium (ADR 0010).</summary>
public static class PortraitsPdf
{
    public static IEndpointRouteBuilder MapPortraitsPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portraits/{niveau}/{code}.pdf", TelechargerAsync)
            .WithName("PortraitPdf")
            .WithSummary("Portrait d'un territoire en PDF (A4), avec la même simulation que la page")
            .WithTags("Portraits");
        return app;
    }

    private static async Task<IResult> TelechargerAsync(
        string niveau, string code, HttpContext http, ConstruirePortrait construire, RenduVues rendu, ImpressionPdf impression, CancellationToken ct)
    {
        if (!PortraitVue.TryNiveau(niveau, out var n))
        {
            return Results.NotFound();
        }

        var (ajouts, retraits, _) = RequetePortrait.Lire(http.Request.Query);
        var vue = await construire.ConstruireAsync(n, code, ajouts, retraits, ct);
        if (vue is null)
        {
            return Results.NotFound();
        }

        var titre = $"Portrait de territoire : {vue.Nom}";
        var html = await rendu.RendreAsync(http, "/Features/Portraits/_PortraitImprime.cshtml", vue, titre);
        return await ReponsePdf.ImprimerAsync(impression, html, NomFichier.Pdf("portrait", n.Code(), code, vue.Nom, vue.Date), ct);
    }
}
