using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Lieux;

/// <summary>Upload of a places file by an administrator; processed in the request, nothing kept on local disk.</summary>
public static class ImportLieuxApi
{
    public const long TailleMaximale = 50 * 1024 * 1024;

    public static RouteGroupBuilder MapImportLieuxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/import").WithTags("Administration");
        group.MapPost("/lieux", Importer)
            .WithName("ImporterLieux")
            .WithSummary("Importer un fichier de lieux (standard v1 CSV/JSON, v0, liste France Services, XLSX) ; ?simulation=true valide sans écrire")
            .RequireAuthorization(PolitiquesPortrea.Administration)
            .DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> Importer(HttpRequest requete, ImporterLieux importer, bool? simulation, string? format, CancellationToken ct)
    {
        if (!FormatFichierLieuxTexte.TryParse(format, out var choisi))
        {
            return Problemes.Invalide($"Format inconnu « {format} » : auto, mednum-v1-csv, mednum-v1-json, mednum-v0, france-services ou xlsx.");
        }

        var (contenu, nom) = await LireAsync(requete, ct);
        if (contenu is null)
        {
            return Problemes.Invalide("Aucun fichier reçu : envoyez-le dans le champ « fichier » d'un formulaire multipart, ou comme corps de la requête.");
        }

        try
        {
            var rapport = await importer.ImporterAsync(contenu, nom, choisi, simulation ?? false, progression: null, ct);
            return TypedResults.Json(rapport, statusCode: rapport.ARejets ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }
        catch (FichierIllisibleException e)
        {
            return TypedResults.Problem(title: "Fichier illisible", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<(byte[]? Contenu, string Nom)> LireAsync(HttpRequest requete, CancellationToken ct)
    {
        using var tampon = new MemoryStream();
        if (requete.HasFormContentType)
        {
            var formulaire = await requete.ReadFormAsync(ct);
            if (formulaire.Files.GetFile("fichier") is not { } fichier || fichier.Length > TailleMaximale)
            {
                return (null, "");
            }

            await fichier.CopyToAsync(tampon, ct);
            return (tampon.ToArray(), fichier.FileName);
        }

        await requete.Body.CopyToAsync(tampon, ct);
        var nom = requete.Headers["X-Nom-Fichier"].ToString() is { Length: > 0 } n ? n : "import";
        return tampon.Length == 0 ? (null, "") : (tampon.ToArray(), nom);
    }
}
