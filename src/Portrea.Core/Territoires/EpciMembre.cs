namespace Portrea.Core.Territoires;

/// <summary>
/// Every member of an EPCI as published by the DGCL, kept even when the member commune lies outside
/// the loaded regions, so that an interregional EPCI shows its whole composition.
/// </summary>
public sealed class EpciMembre
{
    public required string EpciSiren { get; set; }
    public required string CommuneCode { get; set; }
    public required string Nom { get; set; }
    public int? PopulationMunicipale { get; set; }
}
