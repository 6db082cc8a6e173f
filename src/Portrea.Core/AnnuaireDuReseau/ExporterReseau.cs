using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Export;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>
/// The network directory as tables for the referent: one row per service of each place (places without a service
/// get one row), the contacts the referent may see, and the « qui fait quoi » grid. The CSV carries the first table.
/// </summary>
public static class ExporterReseau
{
    public static readonly IReadOnlyList<string> EntetesAnnuaire =
    [
        "Structure", "Lieu", "Identifiant du lieu", "Adresse", "Code INSEE", "Commune", "Téléphone du lieu", "Courriels du lieu",
        "Horaires du lieu", "Besoin", "Service", "Format", "Assuré par", "Permanence", "Horaires du service", "Heures par semaine", "Contacts",
    ];

    public static readonly IReadOnlyList<string> EntetesContacts =
        ["Structure", "Lieu", "Commune", "Nom", "Fonction", "Téléphone", "Courriel", "Visibilité"];

    public static IEnumerable<IReadOnlyList<object?>> LignesAnnuaire(AnnuaireReseau annuaire)
    {
        foreach (var (structure, lieu) in Lieux(annuaire))
        {
            var contacts = string.Join(" ; ", lieu.Contacts.Select(Contact));
            IReadOnlyList<object?> Ligne(ServiceReseau? s) =>
            [
                structure, lieu.Nom, lieu.Identifiant, lieu.Adresse, lieu.CommuneCode, lieu.Commune, lieu.Telephone ?? "", string.Join(" | ", lieu.Courriels),
                lieu.HorairesLieu ?? "non renseignés", s?.Besoin.Libelle() ?? "", s?.Nom ?? "", s?.Format ?? "", s?.TenuPar ?? "",
                s is null ? "" : s.EstPermanence ? "oui" : "non", s?.Horaires ?? "", s?.HeuresParSemaine is { } h ? Math.Round(h, 2) : "non renseignées", contacts,
            ];

            if (lieu.Services.Count == 0)
            {
                yield return Ligne(null);
            }

            foreach (var service in lieu.Services)
            {
                yield return Ligne(service);
            }
        }
    }

    public static IEnumerable<IReadOnlyList<object?>> LignesContacts(AnnuaireReseau annuaire) =>
        Lieux(annuaire).SelectMany(x => x.Lieu.Contacts.Select(c => (IReadOnlyList<object?>)
            [x.Structure, x.Lieu.Nom, x.Lieu.Commune, c.Nom ?? "", c.Fonction ?? "", c.Telephone ?? "", c.Courriel ?? "", c.Public ? "public" : "privé"]));

    public static FeuilleXlsx FeuilleQuiFaitQuoi(QuiFaitQuoi grille) => new(
        "Qui fait quoi",
        ["Code INSEE", "Commune", .. CategorieBesoinTexte.Toutes.SelectMany(b => new[] { $"{b.Libelle()} : lieux", "structures", "heures par semaine" })],
        grille.Lignes.Select(l => (IReadOnlyList<object?>)[l.Commune.Code, l.Commune.Nom, .. Valeurs(l.Cellules)])
            .Append(["", "Ensemble de l'EPCI", .. Valeurs(grille.Totaux)]));

    public static void EcrireCsv(AnnuaireReseau annuaire, Stream sortie) => TableauCsv.Ecrire(sortie, EntetesAnnuaire, LignesAnnuaire(annuaire));

    public static void EcrireXlsx(AnnuaireReseau annuaire, QuiFaitQuoi grille, Stream sortie) =>
        ClasseurXlsx.Ecrire(
            sortie,
            new FeuilleXlsx("Annuaire", EntetesAnnuaire, LignesAnnuaire(annuaire)),
            new FeuilleXlsx("Contacts", EntetesContacts, LignesContacts(annuaire)),
            FeuilleQuiFaitQuoi(grille));

    private static IEnumerable<(string Structure, LieuReseau Lieu)> Lieux(AnnuaireReseau annuaire) =>
        annuaire.Structures.SelectMany(s => s.Lieux.Select(l => (s.Nom, l)));

    private static IEnumerable<object?> Valeurs(IEnumerable<CelluleQuiFaitQuoi> cellules) =>
        cellules.SelectMany(c => new object?[] { c.Lieux, c.Structures, Math.Round(c.HeuresParSemaine, 2) });

    private static string Contact(ContactReseau c) =>
        string.Join(", ", new[] { c.Nom, c.Fonction, c.Telephone, c.Courriel }.Where(t => !string.IsNullOrWhiteSpace(t)))
        + (c.Public ? "" : " (privé)");
}
