using Portrea.Core.Lieux;

namespace Portrea.Core.Orientation;

/// <summary>Where distances are measured from: a commune's reference point, an address or the person's position.</summary>
public sealed record PointDeDepart(double Latitude, double Longitude, string Libelle, string? CommuneCode);

/// <summary>What the professional knows of the person's need; nothing here identifies the person.</summary>
public sealed record DemandeOrientation
{
    public const double RayonParDefautKm = 30;
    public const double RayonMaximumKm = 200;
    public const int NombreParDefaut = 10;
    public const int NombreMaximum = 50;

    public required CategorieBesoin Besoin { get; init; }
    public ServicePrecis? Service { get; init; }
    public required PointDeDepart Depart { get; init; }

    /// <summary>Half-days the person can go; empty when any time suits.</summary>
    public IReadOnlyList<Disponibilite> Disponibilites { get; init; } = [];
    public IReadOnlySet<Situation> Situations { get; init; } = new HashSet<Situation>();

    /// <summary>False when the person cannot pay; null when it does not matter.</summary>
    public bool? PeutPayer { get; init; }
    public double RayonKm { get; init; } = RayonParDefautKm;
    public int Nombre { get; init; } = NombreParDefaut;
}
