using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Ressources;

/// <summary>Booking one free slot for one of the user's partner structures.</summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class ReserverModel(PortreaDbContext db, ReserverDisponibilite reserver) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    public Disponibilite Disponibilite { get; private set; } = null!;

    public ContexteReseau.LieuReseau Lieu { get; private set; } = null!;

    public bool DejaReserve { get; private set; }

    public string? Erreur { get; private set; }

    [BindProperty]
    public string? Structure { get; set; }

    [BindProperty]
    public string? Objet { get; set; }

    [BindProperty]
    public string? Nature { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int disponibilite, CancellationToken ct) => await ChargerAsync(id, disponibilite, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int disponibilite, CancellationToken ct)
    {
        if (await ChargerAsync(id, disponibilite, ct) is { } refus)
        {
            return refus;
        }

        var resultat = await reserver.ReserverAsync(new DemandeReservation(disponibilite, Structure, Objet, Nature), User, ct);
        switch (resultat.Statut)
        {
            case StatutRessource.Cree:
                var message = $"Créneau réservé : {Objet!.Trim()} à {Lieu.Nom} le {Disponibilite.Jour.ToString("dddd d MMMM", Format.Francais)}.";
                return Redirect($"/reseaux/{id}/calendrier?semaine={ChargerCalendrier.Lundi(Disponibilite.Jour).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                    + $"&lieu={Uri.EscapeDataString(Lieu.Identifiant)}&message={Uri.EscapeDataString(message)}");
            case StatutRessource.Interdit:
                return Forbid();
            default:
                Erreur = resultat.Message;
                DejaReserve = resultat.Statut == StatutRessource.Conflit;
                return Page();
        }
    }

    private async Task<IActionResult?> ChargerAsync(int id, int disponibilite, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        var creneau = await db.Disponibilites.AsNoTracking().Include(d => d.Reservation).FirstOrDefaultAsync(d => d.Id == disponibilite, ct);
        var lieu = contexte?.Lieux.FirstOrDefault(l => l.Id == creneau?.LieuId);
        if (contexte is null || creneau is null || lieu is null)
        {
            return NotFound();
        }

        Contexte = contexte;
        Disponibilite = creneau;
        Lieu = lieu;
        DejaReserve = creneau.Reservation is not null;
        return null;
    }
}
