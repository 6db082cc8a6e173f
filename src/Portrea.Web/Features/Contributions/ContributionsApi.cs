using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Lieux;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Contributions;

/// <summary>Editing a place over HTTP: PUT with If-Match, history, restoration, and the public's proposals.</summary>
public static class ContributionsApi
{
    public const string LimitePropositions = "propositions";

    public static RouteGroupBuilder MapContributionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/lieux").WithTags("Contributions");
        group.MapPut("/{id}", Modifier).WithName("ModifierLieu")
            .WithSummary("Modifier une fiche (même JSON que le GET) ; If-Match obligatoire ; publiée (200) ou proposée aux référents (202)")
            .RequireAuthorization(PolitiquesPortrea.Connecte);
        group.MapGet("/{id}/historique", Historique).WithName("HistoriqueLieu")
            .WithSummary("Historique des modifications d'une fiche : auteur, rôle, source, date, valeur avant et après de chaque champ");
        group.MapPost("/{id}/restaurations", Restaurer).WithName("RestaurerLieu")
            .WithSummary("Restaurer une version antérieure (corps {\"version\": n}) ; If-Match obligatoire ; la restauration est elle-même une modification")
            .RequireAuthorization(PolitiquesPortrea.Connecte);
        group.MapPost("/{id}/propositions", Proposer).WithName("ProposerModification")
            .WithSummary("Proposer une modification ou signaler une erreur (anonyme possible) : {\"champs\": {…}, \"message\": \"…\", \"email\": \"…\"} → 202")
            .RequireRateLimiting(LimitePropositions)
            .DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> Modifier(
        HttpContext contexte, PortreaDbContext db, ModifierLieu modifier, ProposerModification proposer, TimeProvider horloge,
        string id, [FromBody] LieuDto corps, CancellationToken ct)
    {
        var entete = contexte.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(entete))
        {
            return ProblemesContributions.PreconditionRequise(id);
        }

        var lieu = await ChargerLieu.CompletAsync(db, id, ct);
        if (lieu is null)
        {
            return Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} ».");
        }

        if (!EtagLieu.TryLire(entete, out var version))
        {
            return ProblemesContributions.Conflit(contexte, new ResultatModification(StatutModification.Conflit, lieu, null, [], []), null);
        }

        var droits = await DroitsLieu.CalculerAsync(db, contexte.User, lieu, ct);
        var champs = EcritureLieu.VersChamps(corps, lieu, droits.VoirContactsPrives);
        var auteur = AuteurModification.Depuis(contexte.User);
        if (droits.Proposer)
        {
            if (version != lieu.Version)
            {
                var conflit = await ModifierLieu.ModifieDepuisAsync(db, lieu, version, champs, ct);
                return ProblemesContributions.Conflit(contexte, new ResultatModification(StatutModification.Conflit, lieu, null, [], conflit), version);
            }

            var proposition = await proposer.ProposerAsync(new DemandeProposition(id, champs, auteur, null, null, version), ct);
            return proposition.Statut == StatutModification.Applique
                ? TypedResults.Accepted($"/api/v1/moderation/{proposition.Proposition!.Id}", new PropositionCreeeDto(proposition.Proposition.Id, StatutModeration.AModerer.Code()))
                : ProblemesContributions.Invalide(proposition.Erreurs.Select(e => e with { Champ = e.Champ.Replace("champs.", "", StringComparison.Ordinal) }));
        }

        var resultat = await modifier.AppliquerAsync(new DemandeModification(id, champs, version, auteur, SourceModification.Formulaire), ct);
        return await RepondreAsync(contexte, db, horloge, resultat, version, ct);
    }

    private static async Task<IResult> RepondreAsync(
        HttpContext contexte, PortreaDbContext db, TimeProvider horloge, ResultatModification resultat, int version, CancellationToken ct)
    {
        switch (resultat.Statut)
        {
            case StatutModification.Introuvable:
                return Problemes.Introuvable("Ce lieu n'existe plus.");
            case StatutModification.Invalide:
                return ProblemesContributions.Invalide(resultat.Erreurs);
            case StatutModification.Conflit:
                return ProblemesContributions.Conflit(contexte, resultat, version);
            default:
                var lieu = await ChargerLieu.CompletAsync(db, resultat.Lieu!.Identifiant, ct);
                contexte.Response.Headers.ETag = EtagLieu.Pour(lieu!);
                contexte.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Ok(lieu!.AsLieuDto(HeureDeParis.Maintenant(horloge), contactsPrives: true));
        }
    }

    private static async Task<IResult> Historique(HttpContext contexte, PortreaDbContext db, string id, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == id, ct);
        if (lieu is null)
        {
            return Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} ».");
        }

        var droits = await DroitsLieu.CalculerAsync(db, contexte.User, lieu, ct);
        var entrees = await db.ModificationsLieux.AsNoTracking().Where(m => m.LieuId == lieu.Id).OrderByDescending(m => m.Version).ThenByDescending(m => m.Id).ToListAsync(ct);
        contexte.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(new HistoriqueDto(lieu.Identifiant, lieu.Version, [.. entrees.Select(e => e.AsModificationDto(droits.VoirContactsPrives))]));
    }

    private static async Task<IResult> Restaurer(
        HttpContext contexte, PortreaDbContext db, RestaurerLieu restaurer, TimeProvider horloge, string id, [FromBody] DemandeRestaurationDto corps, CancellationToken ct)
    {
        var entete = contexte.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(entete))
        {
            return ProblemesContributions.PreconditionRequise(id);
        }

        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == id, ct);
        if (lieu is null)
        {
            return Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} ».");
        }

        if (!(await DroitsLieu.CalculerAsync(db, contexte.User, lieu, ct)).Publier)
        {
            return TypedResults.Problem(title: "Accès refusé", detail: "Seuls les éditeurs de cette fiche (structure, référent·e du territoire, administration) peuvent restaurer une version.", statusCode: StatusCodes.Status403Forbidden);
        }

        var versionClient = EtagLieu.TryLire(entete, out var v) ? v : -1;
        var resultat = await restaurer.RestaurerAsync(id, corps.Version, versionClient, AuteurModification.Depuis(contexte.User), ct);
        return await RepondreAsync(contexte, db, horloge, resultat, versionClient, ct);
    }

    private static async Task<IResult> Proposer(
        HttpContext contexte, ProposerModification proposer, string id, [FromBody] PropositionDto corps, CancellationToken ct)
    {
        var champs = (corps.Champs ?? []).ToDictionary(c => c.Key, c => EcritureLieu.VersTexte(c.Value), StringComparer.Ordinal);
        var resultat = await proposer.ProposerAsync(
            new DemandeProposition(id, champs, AuteurModification.Depuis(contexte.User), corps.Email, corps.Message, null), ct);
        return resultat.Statut switch
        {
            StatutModification.Introuvable => Problemes.Introuvable($"Aucun lieu n'a l'identifiant « {id} »."),
            StatutModification.Invalide => ProblemesContributions.Invalide(resultat.Erreurs),
            _ => TypedResults.Accepted((string?)null, new PropositionCreeeDto(resultat.Proposition!.Id, StatutModeration.AModerer.Code())),
        };
    }
}

public sealed record HistoriqueDto(string Lieu, int VersionActuelle, IReadOnlyList<ModificationDto> Modifications);

public sealed record DemandeRestaurationDto(int Version);

public sealed record PropositionDto(Dictionary<string, JsonElement>? Champs, string? Message, string? Email);

public sealed record PropositionCreeeDto(int Id, string Statut);
