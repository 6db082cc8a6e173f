using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;
using Portrea.Core.Ressources;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Ressources;

/// <summary>
/// The weekly calendar of the network's shared rooms (all places, or one), the share of available half-days booked,
/// and the forms to publish one-off or weekly free slots.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class CalendrierModel(
    PortreaDbContext db, PublierDisponibilite publier, AnnulerReservation annuler, RetirerDisponibilite retirer, TimeProvider horloge) : PageModel
{
    public ContexteReseau Contexte { get; private set; } = null!;

    public ContexteReseau.LieuReseau? Lieu { get; private set; }

    public DateOnly Lundi { get; private set; }

    public DateTime Maintenant { get; private set; }

    public IReadOnlyList<ChargerCalendrier.Creneau> Creneaux { get; private set; } = [];

    public DemiJournees.Usage Usage { get; private set; } = new(0, 0);

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Semaine { get; set; }

    [BindProperty(Name = "lieu", SupportsGet = true)]
    public string? LieuChoisi { get; set; }

    public IEnumerable<DateOnly> Jours => Enumerable.Range(0, 7).Select(Lundi.AddDays);

    public string Adresse(DateOnly lundi, string? lieu = null) =>
        $"/reseaux/{Contexte.Reseau.Id}/calendrier?semaine={lundi:yyyy-MM-dd}" + ((lieu ?? Lieu?.Identifiant) is { } l ? "&lieu=" + Uri.EscapeDataString(l) : "");

    public async Task<IActionResult> OnGetAsync(int id, string? message, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        Message = message is { Length: > 0 and < 300 } ? message : null;
        return Page();
    }

    public async Task<IActionResult> OnPostCreneauAsync(int id, string? lieuPublie, string? salle, string? date, string? debut, string? fin, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var jour)
            || !TimeOnly.TryParseExact(debut, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || !TimeOnly.TryParseExact(fin, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
        {
            return await RefuserAsync(id, "Indiquez la date et les heures de début et de fin du créneau.", ct);
        }

        var resultat = await publier.PublierAsync(new DemandeDisponibilite(lieuPublie ?? "", salle, jour.ToDateTime(d), jour.ToDateTime(f)), User, ct);
        return await TraiterAsync(id, resultat, ChargerCalendrier.Lundi(jour), ct);
    }

    public async Task<IActionResult> OnPostRecurrenceAsync(
        int id, string? lieuPublie, string? salle, int jourSemaine, string? debut, string? fin, string? du, string? au, string? exceptions, CancellationToken ct)
    {
        if (!TimeOnly.TryParseExact(debut, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || !TimeOnly.TryParseExact(fin, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
            || !DateOnly.TryParseExact(du, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var debutPeriode)
            || !DateOnly.TryParseExact(au, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var finPeriode)
            || jourSemaine is < 0 or > 6)
        {
            return await RefuserAsync(id, "Indiquez le jour, les heures et la période de la disponibilité récurrente.", ct);
        }

        var dates = new List<DateOnly>();
        foreach (var texte in (exceptions ?? "").Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DateOnly.TryParseExact(texte, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exception))
            {
                return await RefuserAsync(id, $"L'exception « {texte} » n'est pas une date au format JJ/MM/AAAA.", ct);
            }

            dates.Add(exception);
        }

        var demande = new DemandeRecurrence(lieuPublie ?? "", salle, (DayOfWeek)jourSemaine, (int)d.ToTimeSpan().TotalMinutes, (int)f.ToTimeSpan().TotalMinutes, debutPeriode, finPeriode, dates);
        return await TraiterAsync(id, await publier.PublierRecurrenceAsync(demande, User, ct), ChargerCalendrier.Lundi(debutPeriode), ct);
    }

    public async Task<IActionResult> OnPostAnnulerAsync(int id, int reservation, CancellationToken ct) =>
        await TraiterAsync(id, await annuler.AnnulerAsync(reservation, User, ct), LundiAffiche(), ct);

    public async Task<IActionResult> OnPostRetirerAsync(int id, int disponibilite, CancellationToken ct) =>
        await TraiterAsync(id, await retirer.RetirerAsync(disponibilite, User, ct), LundiAffiche(), ct);

    /// <summary>Whether the user may cancel this booking: its partner's contributors, the place's editors, the network's administrators.</summary>
    public bool PeutAnnuler(ChargerCalendrier.Creneau creneau) =>
        creneau.Reserve && (PeutRetirer(creneau.LieuId) || Contexte.StructuresDeLUtilisateur.Contains(creneau.ReservationStructureId!.Value));

    /// <summary>Whether the user may publish and remove this place's slots.</summary>
    public bool PeutRetirer(int lieuId) => Contexte.Lieux.Any(l => l.Id == lieuId && l.Editable);

    private DateOnly LundiAffiche() =>
        ChargerCalendrier.Lundi(DateOnly.TryParseExact(Semaine, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s)
            ? s : DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)));

    private async Task<IActionResult> TraiterAsync(int id, ResultatRessource resultat, DateOnly lundi, CancellationToken ct)
    {
        if (resultat.Statut is StatutRessource.Cree or StatutRessource.Supprime)
        {
            return Redirect($"/reseaux/{id}/calendrier?semaine={lundi:yyyy-MM-dd}"
                + (LieuChoisi is { Length: > 0 } l ? "&lieu=" + Uri.EscapeDataString(l) : "")
                + "&message=" + Uri.EscapeDataString(resultat.Message));
        }

        return resultat.Statut == StatutRessource.Interdit ? Forbid() : await RefuserAsync(id, resultat.Message, ct);
    }

    private async Task<IActionResult> RefuserAsync(int id, string message, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct))
        {
            return NotFound();
        }

        Erreur = message;
        return Page();
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        var contexte = await ContexteReseau.ChargerAsync(db, id, User, ct);
        if (contexte is null)
        {
            return false;
        }

        Contexte = contexte;
        Lieu = LieuChoisi is { Length: > 0 } choisi ? contexte.Lieux.FirstOrDefault(l => l.Identifiant == choisi) : null;
        Maintenant = HeureDeParis.Maintenant(horloge);
        var semaine = DateOnly.TryParseExact(Semaine, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : DateOnly.FromDateTime(Maintenant);
        Lundi = ChargerCalendrier.Lundi(semaine);
        Creneaux = await ChargerCalendrier.ChargerAsync(db, id, Lieu?.Id, Lundi, Lundi.AddDays(6), ct);
        Usage = ChargerCalendrier.Usage(Creneaux);
        return true;
    }

    public static string Heure(int minutes) => $"{minutes / 60} h {(minutes % 60 == 0 ? "" : (minutes % 60).ToString("00", CultureInfo.InvariantCulture))}".TrimEnd();

    public static string Pourcentage(double? taux) => taux is { } t ? t.ToString("P0", Format.Francais) : Format.Manquant;
}
