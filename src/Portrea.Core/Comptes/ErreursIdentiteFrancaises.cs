using Microsoft.AspNetCore.Identity;

namespace Portrea.Core.Comptes;

/// <summary>Identity's validation messages in French, since they are shown as they are on the account pages.</summary>
public sealed class ErreursIdentiteFrancaises : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Erreur(nameof(DefaultError), "Une erreur inconnue est survenue.");

    public override IdentityError ConcurrencyFailure() => Erreur(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps : recommencez.");

    public override IdentityError PasswordMismatch() => Erreur(nameof(PasswordMismatch), "Mot de passe incorrect.");

    public override IdentityError InvalidUserName(string? userName) => Erreur(nameof(InvalidUserName), $"L'identifiant « {userName} » n'est pas valide.");

    public override IdentityError InvalidEmail(string? email) => Erreur(nameof(InvalidEmail), $"L'adresse « {email} » n'est pas une adresse électronique valide.");

    public override IdentityError DuplicateUserName(string userName) => Erreur(nameof(DuplicateUserName), $"Un compte existe déjà pour « {userName} ».");

    public override IdentityError DuplicateEmail(string email) => Erreur(nameof(DuplicateEmail), $"Un compte existe déjà pour l'adresse « {email} ».");

    public override IdentityError UserAlreadyHasPassword() => Erreur(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");

    public override IdentityError UserLockoutNotEnabled() => Erreur(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");

    public override IdentityError PasswordTooShort(int length) => Erreur(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Erreur(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Erreur(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");

    public override IdentityError PasswordRequiresDigit() => Erreur(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");

    public override IdentityError PasswordRequiresLower() => Erreur(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");

    public override IdentityError PasswordRequiresUpper() => Erreur(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    private static IdentityError Erreur(string code, string description) => new() { Code = code, Description = description };
}
