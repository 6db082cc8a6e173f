using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Administration;

/// <summary>Accounts of the user's scope and invitations: referents by an administrator, contributors by a referent.</summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class ComptesModel(
    PortreaDbContext db,
    PerimetreComptes perimetre,
    Inviter inviter,
    RenvoyerInvitation renvoyer,
    AnnulerInvitation annuler,
    EffacerUtilisateur effacer,
    TimeProvider horloge,
    AdressesPubliques adresses,
    IOptions<OptionsComptes> options) : PageModel
{
    public sealed record Ligne(string Id, string NomAffiche, string? Email, DateTime CreeLe, IReadOnlyList<string> Roles);

    public sealed record Choix(string Valeur, string Libelle);

    public sealed record LigneInvitation(int Id, string Email, string NomAffiche, string Role, DateTime CreeLe, DateTime ExpireLe, bool Expiree);

    [BindProperty]
    [Required(ErrorMessage = "Saisissez l'adresse électronique de la personne invitée.")]
    [Display(Name = "Adresse électronique")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Display(Name = "Nom affiché")]
    public string? NomAffiche { get; set; }

    [BindProperty]
    [Display(Name = "Rôle")]
    public string Role { get; set; } = RevendicationsPortrea.RoleContributeur;

    [BindProperty]
    [Display(Name = "EPCI (pour un référent)")]
    public string? EpciSiren { get; set; }

    [BindProperty]
    [Display(Name = "Structure (pour un contributeur)")]
    public int? StructureId { get; set; }

    public IReadOnlyList<Ligne> Utilisateurs { get; private set; } = [];

    public IReadOnlyList<LigneInvitation> Invitations { get; private set; } = [];

    public IReadOnlyList<Choix> Roles { get; private set; } = [];

    public IReadOnlyList<Choix> Epcis { get; private set; } = [];

    public IReadOnlyList<Choix> Structures { get; private set; } = [];

    public bool Administrateur => PerimetreComptes.EstAdministrateur(User);

    public string? Message { get; private set; }

    public string? Erreur { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task<IActionResult> OnPostInviterAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var demande = new Inviter.Demande(Email, NomAffiche ?? "", Role, EpciSiren, StructureId);
            Erreur = await inviter.InviterAsync(User, demande, adresses.Invitation, TimeSpan.FromDays(options.Value.DureeInvitationJours), ct);
            if (Erreur is null)
            {
                Message = $"Invitation envoyée à {Email.Trim()}.";
                ModelState.Clear();
                Email = "";
                NomAffiche = null;
            }
        }

        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRenvoyerAsync(int id, CancellationToken ct)
    {
        var email = await renvoyer.RenvoyerAsync(User, id, adresses.Invitation, TimeSpan.FromDays(options.Value.DureeInvitationJours), ct);
        if (email is null)
        {
            Erreur = "Cette invitation n'est plus en attente ou n'est pas de votre territoire.";
        }
        else
        {
            Message = $"Invitation envoyée de nouveau à {email} : le lien précédent ne fonctionne plus.";
        }

        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnnulerAsync(int id, CancellationToken ct)
    {
        var email = await annuler.AnnulerAsync(User, id, ct);
        if (email is null)
        {
            Erreur = "Cette invitation n'est plus en attente ou n'est pas de votre territoire.";
        }
        else
        {
            Message = $"Invitation de {email} annulée : son lien ne fonctionne plus.";
        }

        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEffacerAsync(string id, CancellationToken ct)
    {
        if (!Administrateur)
        {
            return Forbid();
        }

        if (id == User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            Erreur = "Vous ne pouvez pas effacer votre propre compte ici.";
        }
        else
        {
            Message = await effacer.EffacerAsync(id, ct) ? "Le compte et ses données personnelles ont été effacés." : "Ce compte n'existe plus.";
        }

        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var utilisateurs = await perimetre.UtilisateursVisibles(User).AsNoTracking()
            .Include(u => u.Affectations)
            .OrderBy(u => u.NomAffiche).ThenBy(u => u.Email)
            .ToListAsync(ct);
        var nomsEpci = await db.Epcis.AsNoTracking().ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        var idsStructures = utilisateurs.SelectMany(u => u.Affectations).Where(a => a.StructureId is not null).Select(a => a.StructureId!.Value).Distinct().ToList();
        var nomsStructures = await db.Structures.AsNoTracking().Where(s => idsStructures.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom, ct);
        Utilisateurs = [.. utilisateurs.Select(u => new Ligne(u.Id, u.NomAffiche, u.Email, u.CreeLe, [.. u.Affectations.Select(a => a.Role switch
        {
            RevendicationsPortrea.RoleReferent => $"référent de {nomsEpci.GetValueOrDefault(a.EpciSiren ?? "", a.EpciSiren ?? "")}",
            RevendicationsPortrea.RoleContributeur => $"contributeur pour {nomsStructures.GetValueOrDefault(a.StructureId ?? 0, "?")}",
            _ => LibellesRoles.Libelle(a.Role),
        })]))];

        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var invitations = await perimetre.InvitationsEnAttente(User).AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var structuresInvitees = invitations.Where(i => i.StructureId is not null).Select(i => i.StructureId!.Value).Distinct().ToList();
        var nomsStructuresInvitees = await db.Structures.AsNoTracking().Where(s => structuresInvitees.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom, ct);
        Invitations = [.. invitations.Select(i => new LigneInvitation(i.Id, i.Email, i.NomAffiche, i.Role switch
        {
            RevendicationsPortrea.RoleReferent => $"référent de {nomsEpci.GetValueOrDefault(i.EpciSiren ?? "", i.EpciSiren ?? "")}",
            RevendicationsPortrea.RoleContributeur => $"contributeur pour {nomsStructuresInvitees.GetValueOrDefault(i.StructureId ?? 0, "?")}",
            _ => LibellesRoles.Libelle(i.Role),
        }, i.CreeLe, i.ExpireLe, i.ExpireLe <= maintenant))];

        Roles = Administrateur
            ?
            [
                new(RevendicationsPortrea.RoleReferent, "Référent d'un EPCI"),
                new(RevendicationsPortrea.RoleContributeur, "Contributeur d'une structure"),
                new(RevendicationsPortrea.RoleAdministrateur, "Administrateur du hub"),
            ]
            : [new(RevendicationsPortrea.RoleContributeur, "Contributeur d'une structure")];
        var sirens = PerimetreComptes.Epcis(User);
        var ordre = StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), ignoreCase: true);
        Epcis = [.. nomsEpci.Where(e => Administrateur || sirens.Contains(e.Key)).OrderBy(e => e.Value, ordre).Select(e => new Choix(e.Key, e.Value))];
        Structures = [.. (await perimetre.StructuresInvitables(User).AsNoTracking().Select(s => new { s.Id, s.Nom }).ToListAsync(ct))
            .OrderBy(s => s.Nom, ordre)
            .Select(s => new Choix(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Nom))];
    }
}
