namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>
/// What an erased contact becomes in the history: the change stays visible (a contact was there, then was not) but
/// none of the person's values remain. Restoring an earlier version leaves these out.
/// </summary>
public static class ContactEfface
{
    public const string Marque = "[contact effacé à sa demande]";

    public static readonly ContactSaisi Valeur = new(Marque, null, null, null, false);

    public static bool Est(ContactSaisi contact) => contact.Nom == Marque && contact.Courriel is null && contact.Telephone is null;

    /// <summary>The contacts field's text with the person's entries replaced by the mark; unchanged when they are absent.</summary>
    public static string? Masquer(string? contacts, PersonneRecherchee personne) =>
        Remplacer(contacts, c => personne.Correspond(c) ? Valeur : c);

    /// <summary>The contacts field's text without the person's entries.</summary>
    public static string? Retirer(string? contacts, PersonneRecherchee personne) =>
        Remplacer(contacts, c => personne.Correspond(c) ? null : c);

    /// <summary>The contacts field's text without the marks of erased contacts (a restored version must not bring them back).</summary>
    public static string? RetirerMarques(string? contacts) =>
        Remplacer(contacts, c => Est(c) ? null : c);

    public static IReadOnlyList<ContactSaisi> Trouver(string? contacts, PersonneRecherchee personne) =>
        [.. (ServicesSaisis.LireContacts(contacts) ?? []).Where(personne.Correspond)];

    private static string? Remplacer(string? contacts, Func<ContactSaisi, ContactSaisi?> remplacer)
    {
        if (ServicesSaisis.LireContacts(contacts) is not { Count: > 0 } liste)
        {
            return contacts;
        }

        var remplaces = liste.Select(remplacer).OfType<ContactSaisi>().ToList();
        if (remplaces.SequenceEqual(liste))
        {
            return contacts;
        }

        return remplaces.Count == 0 ? null : ServicesSaisis.Ecrire(remplaces);
    }
}
