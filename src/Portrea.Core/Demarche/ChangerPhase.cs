using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record DemandeTransition(string? Vers, string? Date, string? Commentaire);

public enum StatutTransition
{
    Enregistree,
    Introuvable,
    Invalide,
    Impossible,
}

public sealed record ResultatTransition(StatutTransition Statut, string? Message = null, TransitionPhase? Transition = null);

/// <summary>
/// Moves an EPCI to another phase and records the move in its history, in one write. The rules are those of
/// <see cref="ReglesTransitions"/>; the date is when the move took effect (not in the future, not before the current
/// phase began). A concurrent move of the same EPCI makes the later one impossible rather than silently lost.
/// </summary>
public sealed class ChangerPhase(PortreaDbContext db, TimeProvider horloge)
{
    public const int LongueurCommentaire = 2000;

    public async Task<ResultatTransition> ChangerAsync(string siren, DemandeTransition demande, ClaimsPrincipal auteur, CancellationToken ct)
    {
        if (!await db.Epcis.AnyAsync(e => e.Siren == siren, ct))
        {
            return new(StatutTransition.Introuvable, $"Aucun EPCI de SIREN {siren}.");
        }

        if (!PhaseDemarcheTexte.TryParse(demande.Vers, out var vers))
        {
            return new(StatutTransition.Invalide, $"Phase inconnue « {demande.Vers} » : contact, engagement, deploiement, consolidation ou exploitation.");
        }

        if (!DateOnly.TryParseExact(demande.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new(StatutTransition.Invalide, $"Date invalide « {demande.Date} » : attendu AAAA-MM-JJ, par exemple 2026-12-07.");
        }

        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        if (date > aujourdhui)
        {
            return new(StatutTransition.Invalide, $"La date {date:dd/MM/yyyy} est dans le futur : enregistrez le passage le jour où il a lieu.");
        }

        var commentaire = string.IsNullOrWhiteSpace(demande.Commentaire) ? null : demande.Commentaire.Trim();
        if (commentaire?.Length > LongueurCommentaire)
        {
            return new(StatutTransition.Invalide, $"Le commentaire dépasse {LongueurCommentaire} caractères.");
        }

        var deploiement = await db.DeploiementsEpci.SingleOrDefaultAsync(d => d.EpciSiren == siren, ct);
        var de = deploiement?.PhaseActuelle;
        if (ReglesTransitions.Motif(de, vers, commentaire) is { } motif)
        {
            return new(StatutTransition.Impossible, motif);
        }

        if (deploiement?.PhaseDepuis is { } depuis && date < depuis)
        {
            return new(StatutTransition.Impossible, $"La date {date:dd/MM/yyyy} précède le début de la phase actuelle ({depuis:dd/MM/yyyy}).");
        }

        if (deploiement is null)
        {
            deploiement = new DeploiementEpci { EpciSiren = siren };
            db.DeploiementsEpci.Add(deploiement);
        }

        deploiement.Phase = vers.Code();
        deploiement.PhaseDepuis = date;
        deploiement.Version++;
        var transition = new TransitionPhase
        {
            EpciSiren = siren,
            De = de?.Code(),
            Vers = vers.Code(),
            Date = date,
            Commentaire = commentaire,
            AuteurId = auteur.FindFirstValue(ClaimTypes.NameIdentifier),
            AuteurNom = auteur.Identity?.Name,
            EnregistreeLe = horloge.GetUtcNow(),
        };
        db.TransitionsPhases.Add(transition);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new(StatutTransition.Impossible, "La phase de cet EPCI vient d'être modifiée par quelqu'un d'autre : rechargez la page et recommencez.");
        }

        return new(StatutTransition.Enregistree, null, transition);
    }
}
