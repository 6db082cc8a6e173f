using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Ressources;

/// <summary>A free slot to publish: a room of a place, on one day, between two Paris times.</summary>
public sealed record DemandeDisponibilite(string Lieu, string? Salle, DateTime Debut, DateTime Fin);

/// <summary>A weekly recurrence to publish, with the dates it does not hold.</summary>
public sealed record DemandeRecurrence(string Lieu, string? Salle, DayOfWeek Jour, int DebutMinutes, int FinMinutes, DateOnly Du, DateOnly Au, IReadOnlyCollection<DateOnly> Exceptions);

/// <summary>
/// Publishes free slots of a network place's rooms, one-off or weekly. Only the place's editors and the network's
/// administrators publish; a slot overlapping one already published for the same room is refused (one-off) or left
/// out (recurrence), and the unique index refuses the same start published twice at once.
/// </summary>
public sealed class PublierDisponibilite(PortreaDbContext db, TimeProvider horloge)
{
    public const int LongueurSalleMax = 120;
    public const int DureeMinimaleMinutes = 30;

    public async Task<ResultatRessource> PublierAsync(DemandeDisponibilite demande, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        if (demande.Debut.Date != demande.Fin.Date)
        {
            return Invalide("Un créneau commence et finit le même jour : publiez un créneau par jour (ou une disponibilité récurrente).");
        }

        var debut = (int)demande.Debut.TimeOfDay.TotalMinutes;
        var fin = (int)demande.Fin.TimeOfDay.TotalMinutes;
        var (lieu, refus) = await VerifierAsync(demande.Lieu, demande.Salle, debut, fin, utilisateur, ct);
        if (refus is not null)
        {
            return refus;
        }

        var jour = DateOnly.FromDateTime(demande.Debut);
        foreach (var heure in new[] { demande.Debut, demande.Fin })
        {
            if (HeureDeParis.Fuseau.IsInvalidTime(heure))
            {
                return Invalide($"L'heure {heure:dd/MM/yyyy HH:mm} n'existe pas à Paris (passage à l'heure d'été).");
            }
        }

        if (demande.Debut <= HeureDeParis.Maintenant(horloge))
        {
            return Invalide("Ce créneau est déjà commencé ou passé : publiez un créneau à venir.");
        }

        var salle = demande.Salle!.Trim();
        if (await ChevaucheAsync(lieu!.Id, salle, jour, debut, fin, ct))
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"La salle « {salle} » a déjà un créneau publié qui chevauche celui-ci le {jour:dd/MM/yyyy}.");
        }

        var disponibilite = new Disponibilite
        {
            LieuId = lieu.Id,
            Salle = salle,
            Jour = jour,
            DebutMinutes = debut,
            FinMinutes = fin,
            PublieeLe = horloge.GetUtcNow(),
            AuteurId = Auteur(utilisateur),
        };
        db.Disponibilites.Add(disponibilite);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, $"La salle « {salle} » vient d'être publiée sur ce créneau par quelqu'un d'autre.");
        }

        return ResultatRessource.Cree(disponibilite.Id, "Créneau publié.");
    }

    public async Task<ResultatRessource> PublierRecurrenceAsync(DemandeRecurrence demande, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var (lieu, refus) = await VerifierAsync(demande.Lieu, demande.Salle, demande.DebutMinutes, demande.FinMinutes, utilisateur, ct);
        if (refus is not null)
        {
            return refus;
        }

        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        if (demande.Au < demande.Du)
        {
            return Invalide("La date de fin de la période précède sa date de début.");
        }

        if (demande.Du <= aujourdhui)
        {
            return Invalide("La période commence au plus tôt demain.");
        }

        if (demande.Au.DayNumber - demande.Du.DayNumber >= OccurrencesRecurrence.JoursMax)
        {
            return Invalide("La période dure au plus un an : publiez l'année suivante plus tard.");
        }

        var jours = OccurrencesRecurrence.Jours(demande.Jour, demande.Du, demande.Au, demande.Exceptions.ToHashSet());
        if (jours.Count == 0)
        {
            return Invalide("Aucun jour de la période ne correspond (jour de la semaine, exceptions et jours fériés).");
        }

        var salle = demande.Salle!.Trim();
        var existants = await db.Disponibilites.AsNoTracking()
            .Where(d => d.LieuId == lieu!.Id && d.Jour >= demande.Du && d.Jour <= demande.Au)
            .Select(d => new { d.Salle, d.Jour, d.DebutMinutes, d.FinMinutes }).ToListAsync(ct);
        var libres = jours.Where(j => !existants.Any(e => e.Jour == j && MemeSalle(e.Salle, salle)
            && e.DebutMinutes < demande.FinMinutes && demande.DebutMinutes < e.FinMinutes)).ToList();
        var recurrence = new Recurrence
        {
            LieuId = lieu!.Id,
            Salle = salle,
            Jour = demande.Jour,
            DebutMinutes = demande.DebutMinutes,
            FinMinutes = demande.FinMinutes,
            Du = demande.Du,
            Au = demande.Au,
            Exceptions = OccurrencesRecurrence.EcrireExceptions(demande.Exceptions),
            PublieeLe = horloge.GetUtcNow(),
            AuteurId = Auteur(utilisateur),
        };
        db.Recurrences.Add(recurrence);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Disponibilites.AddRange(libres.Select(j => new Disponibilite
        {
            LieuId = lieu.Id,
            Salle = salle,
            Jour = j,
            DebutMinutes = demande.DebutMinutes,
            FinMinutes = demande.FinMinutes,
            RecurrenceId = recurrence.Id,
            PublieeLe = recurrence.PublieeLe,
            AuteurId = recurrence.AuteurId,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ResultatRessource.Refus(StatutRessource.Conflit, "Des créneaux de cette salle viennent d'être publiés par quelqu'un d'autre : rechargez le calendrier puis recommencez.");
        }

        var ecartes = jours.Count - libres.Count;
        return ResultatRessource.Cree(recurrence.Id,
            $"{libres.Count} créneau{(libres.Count > 1 ? "x" : "")} publié{(libres.Count > 1 ? "s" : "")}"
            + (ecartes > 0 ? $" ; {ecartes} jour{(ecartes > 1 ? "s" : "")} déjà publié{(ecartes > 1 ? "s" : "")} sur cet horaire laissé{(ecartes > 1 ? "s" : "")} tel{(ecartes > 1 ? "s" : "")} quel{(ecartes > 1 ? "s" : "")}." : "."));
    }

    private async Task<(Lieu? Lieu, ResultatRessource? Refus)> VerifierAsync(
        string identifiant, string? salle, int debut, int fin, ClaimsPrincipal utilisateur, CancellationToken ct)
    {
        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == identifiant && !l.Brouillon, ct);
        if (lieu is null)
        {
            return (null, ResultatRessource.Refus(StatutRessource.Introuvable, $"Aucun lieu n'a l'identifiant « {identifiant} »."));
        }

        var reseaux = await DroitsReseau.ReseauxDuLieuAsync(db, lieu.Id, ct);
        if (reseaux.Count == 0)
        {
            return (null, Invalide($"Le lieu « {lieu.Nom} » n'appartient à aucun réseau : ses salles ne peuvent pas être partagées."));
        }

        var epci = await DroitsLieu.EpciDuLieuAsync(db, lieu.CommuneCode, ct);
        if (!reseaux.Any(r => DroitsReseau.EditerLieu(utilisateur, r, lieu.StructureId, epci)))
        {
            return (null, ResultatRessource.Refus(StatutRessource.Interdit,
                "Seuls les éditeurs de ce lieu (sa structure, les référent·es du territoire) et les administrateurs du réseau publient ses disponibilités."));
        }

        if (string.IsNullOrWhiteSpace(salle))
        {
            return (null, Invalide("Indiquez la salle prêtée (« salle »)."));
        }

        if (salle.Trim().Length > LongueurSalleMax)
        {
            return (null, Invalide($"Le nom de la salle dépasse {LongueurSalleMax} caractères."));
        }

        if (fin - debut < DureeMinimaleMinutes)
        {
            return (null, Invalide($"La fin du créneau doit suivre son début d'au moins {DureeMinimaleMinutes} minutes."));
        }

        return (lieu, null);
    }

    private Task<bool> ChevaucheAsync(int lieuId, string salle, DateOnly jour, int debut, int fin, CancellationToken ct)
    {
        var salleMinuscule = salle.ToLower();
        return db.Disponibilites.AnyAsync(d => d.LieuId == lieuId && d.Jour == jour && d.Salle.ToLower() == salleMinuscule
            && d.DebutMinutes < fin && debut < d.FinMinutes, ct);
    }

    private static bool MemeSalle(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Auteur(ClaimsPrincipal utilisateur) => utilisateur.FindFirstValue(ClaimTypes.NameIdentifier);

    private static ResultatRessource Invalide(string message) => ResultatRessource.Refus(StatutRessource.Invalide, message);
}
