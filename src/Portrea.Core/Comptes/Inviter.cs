using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Invites someone by e-mail: an administrator invites referents of an EPCI (or other administrators), a referent
/// invites contributors for a structure with a place in one of their EPCIs. Checked here, whatever the form sent.
/// </summary>
public sealed class Inviter(PortreaDbContext db, PerimetreComptes perimetre, MettreEnBoiteEnvoi boite, TimeProvider horloge)
{
    public sealed record Demande(string Email, string NomAffiche, string Role, string? EpciSiren, int? StructureId);

    /// <summary>Null when queued; otherwise the French reason of the refusal.</summary>
    public async Task<string?> InviterAsync(ClaimsPrincipal invitant, Demande demande, Func<string, string> adresseDuLien, TimeSpan duree, CancellationToken ct)
    {
        var email = demande.Email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return $"« {email} » n'est pas une adresse électronique valide.";
        }

        if (await RefusAsync(invitant, demande, ct) is { } refus)
        {
            return refus;
        }

        var secret = SecretUsageUnique.Generer();
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var nom = demande.NomAffiche.Trim() is { Length: > 0 } n ? n : email.Split('@')[0];
        db.Invitations.Add(new Invitation
        {
            Email = email,
            NomAffiche = nom,
            Role = demande.Role,
            EpciSiren = demande.Role == RevendicationsPortrea.RoleReferent ? demande.EpciSiren : null,
            StructureId = demande.Role == RevendicationsPortrea.RoleContributeur ? demande.StructureId : null,
            Empreinte = SecretUsageUnique.Empreinte(secret),
            InviteParId = invitant.FindFirstValue(ClaimTypes.NameIdentifier),
            CreeLe = maintenant,
            ExpireLe = maintenant.Add(duree),
        });
        boite.Ajouter(email, Sujet, Corps(nom, invitant.FindFirstValue(ClaimTypes.Name), await LibelleRoleAsync(db, demande.Role, demande.EpciSiren, demande.StructureId, ct), adresseDuLien(secret), duree));
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<string?> RefusAsync(ClaimsPrincipal invitant, Demande demande, CancellationToken ct)
    {
        var administrateur = PerimetreComptes.EstAdministrateur(invitant);
        switch (demande.Role)
        {
            case RevendicationsPortrea.RoleAdministrateur:
                return administrateur ? null : "Seul un administrateur peut inviter un administrateur.";
            case RevendicationsPortrea.RoleReferent:
                if (!administrateur)
                {
                    return "Seul un administrateur peut inviter un référent.";
                }

                return demande.EpciSiren is { } siren && await db.Epcis.AnyAsync(e => e.Siren == siren, ct)
                    ? null
                    : "Choisissez l'EPCI du référent.";
            case RevendicationsPortrea.RoleContributeur:
                return demande.StructureId is { } id && await perimetre.StructuresInvitables(invitant).AnyAsync(s => s.Id == id, ct)
                    ? null
                    : "Choisissez une structure ayant un lieu sur votre territoire.";
            default:
                return "Rôle inconnu.";
        }
    }

    public const string Sujet = "Invitation à rejoindre Portrea";

    /// <summary>The invitation mail, the same when it is sent again (with a new link).</summary>
    public static string Corps(string nom, string? invitant, string role, string lien, TimeSpan duree) => $"""
        Bonjour {nom},

        {invitant} vous invite à rejoindre Portrea {role}.

        Pour accepter et choisir votre mot de passe, ouvrez ce lien (valable {duree.TotalDays:0} jours, une seule fois) :
        {lien}

        Si vous ne vous attendiez pas à cette invitation, ignorez ce message.
        """;

    public static async Task<string> LibelleRoleAsync(PortreaDbContext db, string role, string? epciSiren, int? structureId, CancellationToken ct) => role switch
    {
        RevendicationsPortrea.RoleAdministrateur => "comme administrateur",
        RevendicationsPortrea.RoleReferent =>
            $"comme référent de {await db.Epcis.Where(e => e.Siren == epciSiren).Select(e => e.Nom).SingleAsync(ct)}",
        _ => $"comme contributeur pour {await db.Structures.Where(s => s.Id == structureId).Select(s => s.Nom).SingleAsync(ct)}",
    };
}
