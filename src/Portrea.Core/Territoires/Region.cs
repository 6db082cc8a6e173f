namespace Portrea.Core.Territoires;

public sealed class Region
{
    public required string Code { get; set; }
    public required string Nom { get; set; }
    public string? ChefLieu { get; set; }
}
