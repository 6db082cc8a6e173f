using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>A booking request: the partner structure (id or exact name), what the slot is for, permanence or workshop.</summary>
public sealed record DemandeReservation(int DisponibiliteId, string? Structure, string? Objet, string? Nature);

/// <summary>
/// Books a free slot for a partner of a network the slot's place belongs to. Double booking is refused by the unique
/// index on the slot: of two requests at the same moment, on any engine or instance, one is written and the other
/// is told the slot is taken.
/// </summary>
public sealed class ReserverDisponibilite(PortreaDbContext db, TimeProvider horloge)
{
    public const int LongueurObjetMax = 300;

    public async Task<ResultatRessource> ReserverAsync(DemandeReservation demande, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var disponibilite = await db.Disponibilites.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demande.DisponibiliteId, ct);
        if (disponibilite is null)
        {
            return ResultatRessource.Refus(StatutRessource.Introuvable, $"Aucun créneau disponible n'a l'identifiant {demande.DisponibiliteId}.");
        }

        var reseaux = await db.Reseaux.AsNoTracking().Include(r => r.Structures)
            .Where(r => r.Lieux.Any(l => l.LieuId == disponibilite.LieuId)).ToListAsync(ct);
        var partenaires = reseaux.SelectMany(r => r.Structures.Select(s => s.StructureId)).Distinct().ToList();
        var structureId = await TrouverStructureAsync(demande.Structure, partenaires, ct);
        if (structureId is null)
        {
            return string.IsNullOrWhiteSpace(demande.Structure)
                ? Invalide("Indiquez la structure qui réserve (« structure » : son numéro ou son nom exact).")
                : Invalide($"La structure « {demande.Structure!.Trim()} » n'est pas partenaire d'un réseau de ce lieu.");
        }

        if (!reseaux.Any(r => DroitsReseau.AgirPour(utilisateur, r, r.Structures.Select(s => s.StructureId), structureId.Value)))
        {
            return ResultatRessource.Refus(StatutRessource.Interdit,
                "Vous ne pouvez réserver que pour une structure partenaire dont vous êtes contributeur·rice (ou en administrant le réseau).");
        }

        if (string.IsNullOrWhiteSpace(demande.Objet))
        {
            return Invalide("Indiquez l'objet de la réservation (« objet » : la permanence ou l'atelier tenu).");
        }

        if (demande.Objet.Trim().Length > LongueurObjetMax)
        {
            return Invalide($"L'objet dépasse {LongueurObjetMax} caractères.");
        }

        if (!NaturesReservation.TryLire(demande.Nature, out var nature))
        {
            return Invalide("La nature d'une réservation est « permanence » ou « atelier ».");
        }

        if (disponibilite.Debut <= HeureDeParis.Maintenant(horloge))
        {
            return Invalide("Ce créneau est déjà commencé ou passé.");
        }

        var reservation = new Reservation
        {
            DisponibiliteId = disponibilite.Id,
            StructureId = structureId.Value,
            Objet = demande.Objet.Trim(),
            Nature = nature,
            CreeeLe = horloge.GetUtcNow(),
            AuteurId = utilisateur.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        if (await db.Reservations.AnyAsync(r => r.DisponibiliteId == disponibilite.Id, ct))
        {
            return DejaReserve();
        }

        db.Reservations.Add(reservation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(reservation).State = EntityState.Detached;
            if (await db.Reservations.AsNoTracking().AnyAsync(r => r.DisponibiliteId == disponibilite.Id, ct))
            {
                return DejaReserve();
            }

            // The slot's foreign key refused: the slot was removed after it was read above.
            if (!await db.Disponibilites.AsNoTracking().AnyAsync(d => d.Id == disponibilite.Id, ct))
            {
                return ResultatRessource.Refus(StatutRessource.Introuvable, "Ce créneau vient d'être retiré par son lieu : choisissez un autre créneau libre.");
            }

            throw;
        }

        return ResultatRessource.Cree(reservation.Id, "Créneau réservé.");
    }

    private async Task<int?> TrouverStructureAsync(string? texte, IReadOnlyCollection<int> partenaires, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            return null;
        }

        var valeur = texte.Trim();
        if (int.TryParse(valeur, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return partenaires.Contains(id) ? id : null;
        }

        var noms = await db.Structures.AsNoTracking().Where(s => partenaires.Contains(s.Id)).Select(s => new { s.Id, s.Nom }).ToListAsync(ct);
        var trouvees = noms.Where(s => string.Equals(s.Nom.Trim(), valeur, StringComparison.OrdinalIgnoreCase)).ToList();
        return trouvees.Count == 1 ? trouvees[0].Id : null;
    }

    private static ResultatRessource DejaReserve() =>
        ResultatRessource.Refus(StatutRessource.Conflit, "Ce créneau est déjà réservé par un autre partenaire : choisissez un autre créneau libre.");

    private static ResultatRessource Invalide(string message) => ResultatRessource.Refus(StatutRessource.Invalide, message);
}
