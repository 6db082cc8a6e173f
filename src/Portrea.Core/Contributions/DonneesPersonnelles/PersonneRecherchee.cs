using System.Globalization;
using System.Text;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>
/// The person a request of access or erasure is about: a place contact found by e-mail address or by name (either
/// one matches). Comparisons ignore case, accents and extra spaces, but are exact otherwise: « Marie » does not match
/// « Marie-Claire », so an erasure never takes someone else along.
/// </summary>
public sealed record PersonneRecherchee(string? Email, string? Nom)
{
    /// <summary>The person, or the French reason why the criteria are unusable.</summary>
    public static (PersonneRecherchee? Personne, string? Erreur) Lire(string? email, string? nom)
    {
        var courriel = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var nomPersonne = string.IsNullOrWhiteSpace(nom) ? null : string.Join(' ', nom.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (courriel is null && nomPersonne is null)
        {
            return (null, "Indiquez l'adresse électronique ou le nom de la personne.");
        }

        if (courriel is not null && (courriel.Length > 300 || !ReglesStandard.Courriel().IsMatch(courriel)))
        {
            return (null, $"« {courriel} » n'est pas une adresse électronique.");
        }

        if (nomPersonne is { Length: > 200 })
        {
            return (null, "Le nom fait plus de 200 caractères.");
        }

        return (new PersonneRecherchee(courriel, nomPersonne), null);
    }

    public bool Correspond(string? nom, string? courriel) =>
        (Email is not null && Cle(courriel) == Cle(Email)) || (Nom is not null && Cle(nom) == Cle(Nom));

    public bool Correspond(ContactSaisi contact) => !ContactEfface.Est(contact) && Correspond(contact.Nom, contact.Courriel);

    public bool CorrespondCourriel(string? courriel) => Email is not null && Cle(courriel) == Cle(Email);

    /// <summary>A short text for file names and messages: the e-mail, else the name.</summary>
    public string Libelle => Email ?? Nom!;

    private static string? Cle(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            return null;
        }

        var decompose = string.Join(' ', texte.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormD);
        var sansAccents = new StringBuilder(decompose.Length);
        foreach (var c in decompose.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            sansAccents.Append(char.ToLowerInvariant(c));
        }

        return sansAccents.ToString();
    }
}
