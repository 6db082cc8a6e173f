using System.Globalization;

namespace Portrea.Core.Lieux.Export;

/// <summary>The PorTReA fields added after the standard's in GeoJSON and XLSX (never in the standard files).</summary>
public static class ColonnesPortrea
{
    public static readonly IReadOnlyList<string> Noms =
    [
        "portrea_commune_rattachee", "portrea_rattachement", "portrea_structure", "portrea_structure_pivot",
        "portrea_besoins", "portrea_services", "portrea_heures_par_semaine", "portrea_equipements",
        "portrea_contacts_publics", "portrea_identifiants_fusionnes",
    ];

    public static string[] Valeurs(Lieu l) =>
    [
        l.CommuneCode ?? "",
        l.Rattachement.ToString(),
        l.Structure?.Nom ?? "",
        l.Structure?.Pivot ?? "",
        string.Join('|', l.Services.Select(s => s.Categorie.Code()).Distinct()),
        string.Join('|', l.Services.Select(s => $"{s.Categorie.Code()}: {s.Nom}")),
        Heures(l) is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "",
        l.Equipements,
        string.Join('|', l.Contacts.Where(c => c.Public).Select(c => string.Join(" ", new[] { c.Nom, c.Fonction, c.Telephone, c.Courriel }.Where(v => !string.IsNullOrEmpty(v))))),
        l.IdentifiantsFusionnes,
    ];

    /// <summary>Weekly hours of the place's services (the largest: they usually overlap), null when unknown.</summary>
    public static double? Heures(Lieu l) => l.Services.Select(s => s.HeuresHebdomadaires()).OfType<double>().DefaultIfEmpty().Max() is var m && m > 0 ? m : null;
}
