using Portrea.Core.Contributions;
using Portrea.Core.Lieux;

namespace Portrea.Core.Campagnes;

/// <summary>History entries of campaign events: no field changes, the place's current version kept.</summary>
public static class HistoriqueCampagne
{
    public const string RoleContact = "contact_lieu";

    public static ModificationLieu Entree(Lieu lieu, DateTimeOffset date, string evenement, AuteurModification? auteur) => new()
    {
        LieuId = lieu.Id,
        Version = lieu.Version,
        Date = date,
        AuteurId = auteur?.Id,
        AuteurNom = auteur?.Nom,
        Role = auteur?.Role,
        Source = SourceModification.Campagne,
        Evenement = evenement,
        Changements = "[]",
    };

    /// <summary>
    /// Who answers through a personal link: the place's own contact, with no account. They act like a contributor of
    /// the place's structure (their corrections are published at once, for this place only).
    /// </summary>
    public static AuteurModification ContactDuLieu(string campagne) => new(null, $"Contact du lieu (campagne « {(campagne.Length > 150 ? campagne[..150] + "…" : campagne)} »)", RoleContact);
}
