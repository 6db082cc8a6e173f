using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// Accepts an invitation with a chosen password: creates the account (or adds the role to an existing one). The
/// invitation is spent by a conditional UPDATE inside the same transaction, so it works once.
/// </summary>
public sealed class AccepterInvitation(PortreaDbContext db, UserManager<Utilisateur> utilisateurs, TimeProvider horloge)
{
    public sealed record Resultat(Utilisateur? Utilisateur, IReadOnlyList<string> Erreurs);

    public Task<Invitation?> TrouverAsync(string secret, CancellationToken ct)
    {
        var empreinte = SecretUsageUnique.Empreinte(secret);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        return db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Empreinte == empreinte && i.AccepteeLe == null && i.ExpireLe > maintenant, ct);
    }

    public async Task<Resultat> AccepterAsync(string secret, string motDePasse, CancellationToken ct)
    {
        if (await TrouverAsync(secret, ct) is not { } invitation)
        {
            return new Resultat(null, ["Cette invitation est invalide, expirée ou déjà utilisée."]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var prise = await db.Invitations.Where(i => i.Id == invitation.Id && i.AccepteeLe == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AccepteeLe, maintenant), ct);
        if (prise != 1)
        {
            return new Resultat(null, ["Cette invitation est invalide, expirée ou déjà utilisée."]);
        }

        var utilisateur = await utilisateurs.FindByEmailAsync(invitation.Email);
        IdentityResult resultat;
        if (utilisateur is null)
        {
            utilisateur = new Utilisateur
            {
                UserName = invitation.Email,
                Email = invitation.Email,
                EmailConfirmed = true,
                NomAffiche = invitation.NomAffiche,
                CreeLe = maintenant,
            };
            resultat = await utilisateurs.CreateAsync(utilisateur, motDePasse);
        }
        else
        {
            resultat = await utilisateurs.HasPasswordAsync(utilisateur)
                ? await ResultatMotDePasseAsync(utilisateur, motDePasse)
                : await utilisateurs.AddPasswordAsync(utilisateur, motDePasse);
        }

        if (!resultat.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            return new Resultat(null, [.. resultat.Errors.Select(e => e.Description)]);
        }

        db.AffectationsRoles.Add(new AffectationRole
        {
            UtilisateurId = utilisateur.Id,
            Role = invitation.Role,
            EpciSiren = invitation.EpciSiren,
            StructureId = invitation.StructureId,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Resultat(utilisateur, []);
    }

    // An existing account joins with its current password: the invitation must not let anyone reset it.
    private async Task<IdentityResult> ResultatMotDePasseAsync(Utilisateur utilisateur, string motDePasse) =>
        await utilisateurs.CheckPasswordAsync(utilisateur, motDePasse)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "MotDePasseExistant", Description = "Ce compte existe déjà : saisissez son mot de passe actuel." });
}
