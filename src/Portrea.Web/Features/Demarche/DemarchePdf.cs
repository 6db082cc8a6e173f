using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Pdf;

namespace Portrea.Web.Features.Demarche;

/// <summary>The collaborative day's attendance sheet and name badges as A4 PDFs, printed by headless Chromium (ADR 0010).</summary>
public static class DemarchePdf
{
    public static IEndpointRouteBuilder MapDemarchePdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/demarche/epci/{siren}/journee/emargement.pdf", (string siren, HttpContext http, ConsulterJournee consulter, RenduVues rendu, ImpressionPdf impression, CancellationToken ct) =>
                ImprimerAsync(siren, "emargement", "Liste d'émargement", http, consulter, rendu, impression, ct))
            .WithName("EmargementJourneePdf").WithSummary("Liste d'émargement de la journée collaborative (PDF)").WithTags("Démarche")
            .RequireAuthorization(PolitiquesPortrea.Referent);
        app.MapGet("/demarche/epci/{siren}/journee/badges.pdf", (string siren, HttpContext http, ConsulterJournee consulter, RenduVues rendu, ImpressionPdf impression, CancellationToken ct) =>
                ImprimerAsync(siren, "badges", "Étiquettes des participants", http, consulter, rendu, impression, ct))
            .WithName("BadgesJourneePdf").WithSummary("Étiquettes nominatives des participants, avec leur groupe (PDF)").WithTags("Démarche")
            .RequireAuthorization(PolitiquesPortrea.Referent);
        return app;
    }

    private static async Task<IResult> ImprimerAsync(
        string siren, string document, string titre, HttpContext http, ConsulterJournee consulter, RenduVues rendu, ImpressionPdf impression, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(http.User, siren))
        {
            return Results.NotFound();
        }

        var vue = await consulter.ConsulterAsync(siren, ct);
        if (vue is null)
        {
            return Results.NotFound();
        }

        var vueChemin = document == "badges" ? "/Features/Demarche/_BadgesImprimes.cshtml" : "/Features/Demarche/_EmargementImprime.cshtml";
        var html = await rendu.RendreAsync(http, vueChemin, vue, $"{titre} — {vue.NomEpci}");
        http.Response.Headers.CacheControl = "private, no-store";
        return await ReponsePdf.ImprimerAsync(impression, html, NomFichier.Pdf(document, "epci", siren, vue.NomEpci, vue.Journee.Date ?? vue.Aujourdhui), ct);
    }
}
