using Microsoft.AspNetCore.Mvc;
using Portrea.Core.Contributions;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Contributions;

/// <summary>The referents' moderation queue, scoped to their EPCIs (every EPCI for an administrator).</summary>
public static class ModerationApi
{
    public static RouteGroupBuilder MapModerationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/moderation").WithTags("Contributions").RequireAuthorization(PolitiquesPortrea.Referent);
        group.MapGet("", Lister).WithName("ListerPropositions")
            .WithSummary("Propositions à modérer des EPCI de la personne connectée (?epci=SIREN, ?statut=a_moderer|en_cours|acceptee|partiellement_acceptee|refusee), différence champ par champ et compteurs");
        group.MapPost("/{id:int}/decision", Decider).WithName("DeciderProposition")
            .WithSummary("Décider : {\"decision\": \"accepter\"|\"refuser\"|\"prendre_en_charge\", \"champs\": [...] (acceptation partielle), \"motif\": \"…\", \"version\": n}");
        return group;
    }

    private static async Task<IResult> Lister(HttpContext contexte, PortreaDbContext db, string? epci, string? statut, CancellationToken ct)
    {
        StatutModeration? filtre = null;
        if (statut is { Length: > 0 })
        {
            if (!StatutModerationTexte.TryParse(statut, out var s))
            {
                return Problemes.Invalide($"Statut inconnu « {statut} » : {string.Join(", ", StatutModerationTexte.Tous.Select(t => t.Code()))}.");
            }

            filtre = s;
        }

        var file = await ConsulterModeration.ListerAsync(db, contexte.User, epci is { Length: > 0 } ? epci : null, filtre, null, ct);
        if (file is null)
        {
            return TypedResults.Problem(title: "Accès refusé", detail: $"Vous n'êtes pas référent·e de l'EPCI {epci}.", statusCode: StatusCodes.Status403Forbidden);
        }

        contexte.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(new FileModerationDto(
            file.Compteurs.OrderBy(c => c.Key).ToDictionary(c => c.Key.Code(), c => c.Value),
            [.. file.Elements.Select(e => e.AsDto())]));
    }

    private static async Task<IResult> Decider(HttpContext contexte, ModererProposition moderer, int id, [FromBody] DecisionDto corps, CancellationToken ct)
    {
        TypeDecision? type = corps.Decision switch
        {
            "accepter" => TypeDecision.Accepter,
            "refuser" => TypeDecision.Refuser,
            "prendre_en_charge" => TypeDecision.PrendreEnCharge,
            _ => null,
        };
        if (type is null)
        {
            return ProblemesContributions.Invalide([new ErreurChamp("decision", $"Décision inconnue « {corps.Decision} » : accepter, refuser ou prendre_en_charge.")]);
        }

        var resultat = await moderer.DeciderAsync(id, new DecisionModeration(type.Value, corps.Champs, corps.Motif, corps.Version), contexte.User, ct);
        return resultat.Statut switch
        {
            StatutDecision.Introuvable => Problemes.Introuvable($"Aucune proposition n° {id} dans les territoires que vous modérez."),
            StatutDecision.DejaDecidee => TypedResults.Problem(title: "Proposition déjà traitée",
                detail: $"Cette proposition est déjà « {resultat.Proposition!.Statut.Libelle().ToLowerInvariant()} ».", statusCode: StatusCodes.Status409Conflict),
            StatutDecision.Invalide => ProblemesContributions.Invalide(resultat.Erreurs),
            StatutDecision.Conflit => TypedResults.Problem(
                title: "La fiche a changé depuis la proposition",
                detail: "Ces champs ont été modifiés après la proposition : comparez la valeur actuelle et la valeur proposée, puis décidez à nouveau en envoyant la version actuelle.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["versionActuelle"] = resultat.VersionActuelle,
                    ["modifications"] = resultat.ModifieEntreTemps.Select(m => new { m.Champ, m.Libelle, m.ValeurActuelle, valeurProposee = m.VotreValeur }),
                }),
            _ => TypedResults.Ok(new DecisionEnregistreeDto(resultat.Proposition!.Id, resultat.Proposition.Statut.Code(), resultat.Proposition.LireChampsAcceptes())),
        };
    }
}

public sealed record DecisionDto(string? Decision, List<string>? Champs, string? Motif, int? Version);

public sealed record DecisionEnregistreeDto(int Id, string Statut, IReadOnlyList<string> ChampsAcceptes);

public sealed record FileModerationDto(IReadOnlyDictionary<string, int> Compteurs, IReadOnlyList<PropositionModerationDto> Propositions);

public sealed record PropositionModerationDto(
    int Id, string Lieu, string NomLieu, string? Epci, string Statut, string LibelleStatut, DateTimeOffset Date, string Auteur, string? Role,
    string? Email, string? Message, int VersionBase, int VersionActuelle, IReadOnlyList<DiffChamp> Champs, IReadOnlyList<string> ChampsAcceptes, string? MotifRefus);

public static class ModerationMapping
{
    public static PropositionModerationDto AsDto(this ElementModeration e) => new(
        e.Proposition.Id, e.IdentifiantLieu, e.NomLieu, e.Proposition.EpciSiren, e.Proposition.Statut.Code(), e.Proposition.Statut.Libelle(), e.Proposition.Date,
        e.Proposition.AuteurNom ?? "Public (anonyme)", e.Proposition.Role, e.Proposition.Courriel, e.Proposition.Message, e.Proposition.VersionBase, e.VersionActuelle,
        e.Champs, e.Proposition.LireChampsAcceptes(), e.Proposition.MotifRefus);
}
