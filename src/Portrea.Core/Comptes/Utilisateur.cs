using Microsoft.AspNetCore.Identity;

namespace Portrea.Core.Comptes;

/// <summary>A person with an account; the user name is the e-mail address.</summary>
public sealed class Utilisateur : IdentityUser
{
    public string NomAffiche { get; set; } = "";

    public DateTime CreeLe { get; set; }

    public List<AffectationRole> Affectations { get; set; } = [];
}
