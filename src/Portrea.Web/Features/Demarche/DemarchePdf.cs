using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Pdf;
using Portrea.Web.Features.Portraits;

namespace Portrea.Web.Features.Demarche;

/// <summary>The collaborative day's attendance sheet, name badges, facilitation method and slides as PDFs, printed by headless Chromium (ADR 0010).</summary>
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
        app.MapGet("/demarche/epci/{siren}/journee/deroule.pdf", ImprimerDerouleAsync)
            .WithName("DerouleJourneePdf").WithSummary("Méthode d'animation de la journée collaborative selon la stratégie choisie (PDF)").WithTags("Démarche")
            .RequireAuthorization(PolitiquesPortrea.Referent);
        app.MapGet("/demarche/epci/{siren}/journee/diaporama.pdf", ImprimerDiaporamaAsync)
            .WithName("DiaporamaJourneePdf").WithSummary("Support d'animation de la journée collaborative, une diapositive par page en paysage (PDF)").WithTags("Démarche")
            .RequireAuthorization(PolitiquesPortrea.Referent);
        return app;
    }

    private static async Task<IResult> ImprimerDerouleAsync(
        string siren, HttpContext http, ComposerDeroule composer, RenduVues rendu, ImpressionPdf impression, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(http.User, siren) || await composer.ComposerAsync(siren, ct) is not { } deroule)
        {
            return Results.NotFound();
        }

        var html = await rendu.RendreAsync(http, "/Features/Demarche/_DerouleImprime.cshtml", deroule, $"Méthode d'animation — {deroule.Journee.NomEpci}");
        http.Response.Headers.CacheControl = "private, no-store";
        return await ReponsePdf.ImprimerAsync(impression, html, NomFichier.Pdf("methode-animation", "epci", siren, deroule.Journee.NomEpci, deroule.Journee.Journee.Date ?? deroule.Journee.Aujourdhui), ct);
    }

    private static async Task<IResult> ImprimerDiaporamaAsync(
        string siren, HttpContext http, ComposerDeroule composer, ConstruirePortrait portrait, RenduVues rendu, ImpressionPdf impression, CancellationToken ct)
    {
        if (!DroitsDemarche.OrganiserJournee(http.User, siren) || await VueDiaporama.ChargerAsync(siren, composer, portrait, ct) is not { } vue)
        {
            return Results.NotFound();
        }

        var journee = vue.Deroule.Journee;
        var html = await rendu.RendreAsync(http, "/Features/Demarche/_DiaporamaImprime.cshtml", vue, $"Support d'animation — {journee.NomEpci}");
        http.Response.Headers.CacheControl = "private, no-store";
        return await ReponsePdf.ImprimerAsync(impression, html, NomFichier.Pdf("support-animation", "epci", siren, journee.NomEpci, journee.Journee.Date ?? journee.Aujourdhui), ct);
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
