namespace Portrea.Web.Features.Pdf;

public static class ReponsePdf
{
    /// <summary>The PDF as a download, or a French 503 when printing is unavailable (no Chromium, busy, too slow).</summary>
    public static async Task<IResult> ImprimerAsync(ImpressionPdf impression, string html, string nomFichier, CancellationToken ct)
    {
        try
        {
            var pdf = await impression.ImprimerAsync(html, ct);
            return Results.File(pdf, "application/pdf", nomFichier);
        }
        catch (ImpressionPdfException e)
        {
            return Results.Problem(title: "Impression indisponible", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
