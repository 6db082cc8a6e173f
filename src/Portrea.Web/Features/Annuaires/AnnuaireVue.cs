using Portrea.Core.Lieux;

namespace Portrea.Web.Features.Annuaires;

/// <summary>A printable directory for inhabitants: for each need, where to get help, when, and how to reach it.</summary>
public sealed record AnnuaireVue(string Segment, string Code, string Nom, string Nature, DateOnly Date, IReadOnlyList<RubriqueAnnuaire> Rubriques)
{
    public string Lien => $"/annuaires/{Segment}/{Code}";

    public string LienPdf => $"{Lien}.pdf";
}

public sealed record RubriqueAnnuaire(CategorieBesoin Besoin, IReadOnlyList<EntreeAnnuaire> Lieux);

/// <summary>One place under one need. Contacts are the place's public ones only (phone, e-mail, site, public contacts).</summary>
public sealed record EntreeAnnuaire(
    string Nom,
    string Adresse,
    string Commune,
    double? DistanceKm,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Horaires,
    string? Telephone,
    IReadOnlyList<string> Courriels,
    string? SiteWeb,
    IReadOnlyList<string> ContactsPublics,
    bool Gratuit);
