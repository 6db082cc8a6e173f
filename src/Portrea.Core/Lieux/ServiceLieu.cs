using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Lieux;

/// <summary>
/// A service offered in a place, in one PorTReA need category. When <see cref="StructureId"/> names another
/// structure than the place's own, the service is a permanence held by that structure in the place.
/// </summary>
public sealed class ServiceLieu
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public CategorieBesoin Categorie { get; set; }
    public required string Nom { get; set; }

    /// <summary>The national standard's service (one of its 9 values) this service maps to, if any.</summary>
    public string? ServiceNational { get; set; }
    public string? Description { get; set; }
    public FormatService Format { get; set; }

    /// <summary>Publics (standard vocabulary or free labels) joined by '|'.</summary>
    public string Publics { get; set; } = "";

    /// <summary>Standard <c>frais_a_charge</c> value (Gratuit, Gratuit sous condition, Payant), when known.</summary>
    public string? Tarif { get; set; }

    /// <summary>The structure holding the service when it is not the place's (a permanence).</summary>
    public int? StructureId { get; set; }
    public Structure? Structure { get; set; }

    /// <summary>Declared capacity in hours per week; when null, it is computed from the schedule.</summary>
    public double? HeuresParSemaine { get; set; }

    /// <summary>People helped per year with online administrative procedures (PorTReA <c>total_personnes_e_administrative</c>).</summary>
    public int? PersonnesAideesParAn { get; set; }

    public List<CreneauService> Creneaux { get; set; } = [];

    public PlanningService Planning() =>
        new([.. Creneaux.OrderBy(c => ((int)c.Jour + 6) % 7).Select(c => c.VersPlanning())]);

    /// <summary>Declared hours per week, else computed from the schedule; null when neither is known (never zero by default).</summary>
    public double? HeuresHebdomadaires() => HeuresParSemaine ?? (Creneaux.Count > 0 ? Planning().HeuresMoyennesParSemaine() : null);

    public bool EstPermanence(Lieu lieu) => StructureId is not null && StructureId != lieu.StructureId;
}
