using System.Security.Claims;
using Portrea.Core.Contributions;
using Portrea.Core.Contributions.Recensement;
using Portrea.Core.Imports;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Lieux;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Contributions;

/// <summary>The census template (modèle de recensement des acteurs): download, and import back as draft places.</summary>
public static class RecensementApi
{
    public static RouteGroupBuilder MapRecensementApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/recensement").WithTags("Contributions");
        group.MapGet("/modele", Modele).WithName("ModeleRecensement")
            .WithSummary("Modèle XLSX de recensement des acteurs (colonnes du standard v1.0.2, feuille d'aide)");
        group.MapPost("/import", Importer).WithName("ImporterRecensement")
            .WithSummary("Importer un modèle de recensement rempli : même rapport de validation que les autres imports ; les nouveaux lieux sont des brouillons ; un référent n'importe que des lieux de ses EPCI (sinon 422, ligne par ligne) ; ?simulation=true valide sans écrire")
            .RequireAuthorization(PolitiquesPortrea.Referent)
            .DisableAntiforgery();
        return group;
    }

    private static IResult Modele()
    {
        using var flux = new MemoryStream();
        ModeleRecensement.Ecrire(flux);
        return TypedResults.File(flux.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ModeleRecensement.NomFichier);
    }

    private static async Task<IResult> Importer(HttpRequest requete, ClaimsPrincipal utilisateur, ImporterRecensement importer, bool? simulation, CancellationToken ct)
    {
        using var tampon = new MemoryStream();
        if (requete.HasFormContentType)
        {
            var formulaire = await requete.ReadFormAsync(ct);
            if (formulaire.Files.GetFile("fichier") is { } fichier && fichier.Length <= ImportLieuxApi.TailleMaximale)
            {
                await fichier.CopyToAsync(tampon, ct);
            }
        }
        else
        {
            await requete.Body.CopyToAsync(tampon, ct);
        }

        if (tampon.Length == 0)
        {
            return Problemes.Invalide("Aucun fichier reçu : envoyez le modèle rempli dans le champ « fichier » d'un formulaire multipart, ou comme corps de la requête.");
        }

        try
        {
            // An administrator imports anywhere; a referent only into their EPCIs (out-of-territory rows are rejected by line).
            var epcis = DroitsLieu.EstAdministrateur(utilisateur) ? null : DroitsLieu.EpcisReferent(utilisateur);
            var rapport = await importer.ImporterAsync(tampon.ToArray(), ModeleRecensement.NomFichier, simulation ?? false, epcis, ct);
            return TypedResults.Json(rapport, statusCode: rapport.ARejets ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }
        catch (FichierIllisibleException e)
        {
            return TypedResults.Problem(title: "Fichier illisible", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
