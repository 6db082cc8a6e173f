using System.Globalization;
using System.Text;
using Portrea.Core.Demarche;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Demarche;

/// <summary>The hub dashboard as CSV (UTF-8 with BOM, semicolons, for spreadsheet software set to French) or XLSX.</summary>
public static class DemarcheExports
{
    private static readonly string[] Entetes =
    [
        "siren", "epci", "phase", "strategie", "phase_en_retard", "referents", "lieux", "completude_moyenne_pourcent",
        "mois_depuis_confirmation_median", "lieux_confirmes_moins_12_mois", "participants", "presents",
        "derniere_campagne_lancee_le", "campagne_lieux_ecrits", "campagne_lieux_repondu", "campagne_taux_reponse_pourcent",
    ];

    public static IEndpointRouteBuilder MapDemarcheExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/demarche/tableau-de-bord.{format}", ExporterAsync)
            .WithName("ExporterTableauDeBordDemarche").WithSummary("Tableau de bord du déploiement par EPCI (format csv ou xlsx)").WithTags("Démarche")
            .RequireAuthorization(PolitiquesPortrea.Administration);
        app.MapGet("/demarche/participants-modele.xlsx", () => Results.File(ImporterParticipants.Modele(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImporterParticipants.NomModele))
            .WithName("ModeleParticipantsJournee").WithSummary("Modèle XLSX de la liste des participants (nom, structure, role, courriel)").WithTags("Démarche");
        return app;
    }

    private static async Task<IResult> ExporterAsync(string format, ConstruireTableauDeBord construire, HttpContext http, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }

        var tableau = await construire.ConstruireAsync(ct);
        var lignes = tableau.Lignes.Select(Valeurs).ToList();
        var nom = $"tableau-de-bord-demarche-{tableau.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{format}";
        http.Response.Headers.CacheControl = "private, no-store";
        if (format == "xlsx")
        {
            return Results.File(ClasseurSimple.Ecrire("Tableau de bord", Entetes, lignes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", nom);
        }

        var csv = new StringBuilder();
        csv.AppendJoin(';', Entetes).Append("\r\n");
        foreach (var ligne in lignes)
        {
            csv.AppendJoin(';', ligne.Select(Echapper)).Append("\r\n");
        }

        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", nom);
    }

    private static string[] Valeurs(LigneTableauDeBord l) =>
    [
        l.Siren, l.Nom, l.Phase?.Code() ?? "", l.Strategie ?? "", l.EnRetard ? "oui" : "non", Nombre(l.Referents), Nombre(l.Lieux),
        Nombre(l.CompletudeMoyenne), Nombre(l.MoisDepuisConfirmationMedian), Nombre(l.LieuxConfirmesDansLAnnee), Nombre(l.Participants), Nombre(l.Presents),
        l.Campagne?.LanceeLe.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Nombre(l.Campagne?.Destinataires), Nombre(l.Campagne?.Repondus),
        l.Campagne?.Taux is { } taux ? Math.Round(taux * 100, 1).ToString(CultureInfo.InvariantCulture) : "",
    ];

    private static string Nombre(int? valeur) => valeur?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Echapper(string valeur) =>
        valeur.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + valeur.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : valeur;
}
