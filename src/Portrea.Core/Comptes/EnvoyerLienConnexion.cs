using Microsoft.AspNetCore.Identity;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;

namespace Portrea.Core.Comptes;

/// <summary>
/// "Recevoir un lien de connexion": e-mails a single-use link that expires. Nothing tells the requester whether the
/// address has an account, so the form cannot be used to discover who has one.
/// </summary>
public sealed class EnvoyerLienConnexion(PortreaDbContext db, UserManager<Utilisateur> utilisateurs, MettreEnBoiteEnvoi boite, TimeProvider horloge)
{
    public async Task EnvoyerAsync(string email, Func<string, string> adresseDuLien, TimeSpan duree, CancellationToken ct)
    {
        var utilisateur = await utilisateurs.FindByEmailAsync(email.Trim());
        if (utilisateur?.Email is null || await utilisateurs.IsLockedOutAsync(utilisateur))
        {
            return;
        }

        var secret = SecretUsageUnique.Generer();
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        db.LiensConnexion.Add(new LienConnexion
        {
            UtilisateurId = utilisateur.Id,
            Empreinte = SecretUsageUnique.Empreinte(secret),
            CreeLe = maintenant,
            ExpireLe = maintenant.Add(duree),
        });
        boite.Ajouter(utilisateur.Email, "Votre lien de connexion à Portrea", $"""
            Bonjour {utilisateur.NomAffiche},

            Pour vous connecter à Portrea, ouvrez ce lien (valable {duree.TotalMinutes:0} minutes, une seule fois) :
            {adresseDuLien(secret)}

            Si vous n'avez rien demandé, ignorez ce message : personne ne pourra se connecter sans ce lien.
            """);
        await db.SaveChangesAsync(ct);
    }
}
