namespace Portrea.Core.Territoires;

public sealed class Departement
{
    public required string Code { get; set; }
    public required string Nom { get; set; }
    public required string RegionCode { get; set; }
    public string? ChefLieu { get; set; }
}
