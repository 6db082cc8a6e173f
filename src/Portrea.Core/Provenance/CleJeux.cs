namespace Portrea.Core.Provenance;

/// <summary>Keys of the datasets whose provenance the pages show.</summary>
public static class CleJeux
{
    public const string Cog = "territoires.cog";
    public const string Population = "territoires.population";
    public const string Contours = "territoires.contours";
}
