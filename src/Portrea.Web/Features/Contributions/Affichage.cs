using Portrea.Core.Contributions;
using Portrea.Core.Contributions.DonneesPersonnelles;
using Portrea.Core.Lieux;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Contributions;

/// <summary>A field value in plain French for the diff tables (services and contacts summarised instead of raw JSON).</summary>
public static class Affichage
{
    public static string Valeur(string champ, string? valeur)
    {
        if (valeur is null)
        {
            return "(vide)";
        }

        return champ switch
        {
            ChampsLieu.Services => string.Join(" ; ", (ServicesSaisis.LireServices(valeur) ?? []).Select(s =>
                $"{s.Nom} ({(CategorieBesoinTexte.TryParse(s.Besoin, out var b) ? b.Libelle() : s.Besoin)}"
                + (s.Creneaux is { Count: > 0 } c ? ", " + string.Join(", ", c.Select(x => x.Ouverture is null ? $"{x.Jour} sur rendez-vous" : $"{x.Jour} {x.Ouverture}-{x.Fermeture}")) : "") + ")")),
            ChampsLieu.Contacts => string.Join(" ; ", (ServicesSaisis.LireContacts(valeur) ?? []).Select(c => ContactEfface.Est(c) ? "(contact effacé à sa demande)" :
                string.Join(" ", new[] { c.Nom, c.Fonction, c.Telephone, c.Courriel }.Where(v => v is not null)) + (c.Public ? "" : " (privé)"))),
            _ => valeur.Replace("|", ", ", StringComparison.Ordinal),
        };
    }

    /// <summary>The id of the form control a validation message points to.</summary>
    public static string Ancre(string champ)
    {
        var racine = champ.Split('.', 2)[0];
        return racine.StartsWith("services[", StringComparison.Ordinal) ? "services-" + racine[9..^1]
            : racine.StartsWith("contacts[", StringComparison.Ordinal) ? "contacts-" + racine[9..^1]
            : racine;
    }

    public static string Date(DateTimeOffset date) => Format.Date(date);
}
