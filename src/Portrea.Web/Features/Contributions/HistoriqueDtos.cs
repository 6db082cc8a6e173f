using Portrea.Core.Contributions;

namespace Portrea.Web.Features.Contributions;

/// <summary>One change of a place as the history API shows it; the author's name only to the place's editors.</summary>
public sealed record ModificationDto(
    int Version, DateTimeOffset Date, string? Auteur, string? Role, string Source, string LibelleSource, int? VersionRestauree, int? PropositionId,
    IReadOnlyList<ChangementDto> Changements)
{
    /// <summary>A campaign event (e-mail sent, link opened, confirmation, correction, call); null for an ordinary change.</summary>
    public string? Evenement { get; init; }
}

/// <summary>A field's before/after; <see cref="Masque"/> when it holds private contacts the caller may not read.</summary>
public sealed record ChangementDto(string Champ, string Libelle, string? Avant, string? Apres, bool Masque);

public static class HistoriqueMapping
{
    public static ModificationDto AsModificationDto(this ModificationLieu m, bool voirDonneesPrivees) => new(
        m.Version, m.Date, voirDonneesPrivees ? m.AuteurNom : null, m.Role, m.Source.Code(), m.Source.Libelle(), m.VersionRestauree, m.PropositionId,
        [.. m.LireChangements().Select(c =>
        {
            var masque = c.Champ == ChampsLieu.Contacts && !voirDonneesPrivees;
            return new ChangementDto(c.Champ, ChampsLieu.Libelle(c.Champ), masque ? null : c.Avant, masque ? null : c.Apres, masque);
        })])
    {
        Evenement = m.Evenement,
    };
}
