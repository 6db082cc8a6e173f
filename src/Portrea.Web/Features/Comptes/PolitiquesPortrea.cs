namespace Portrea.Web.Features.Comptes;

/// <summary>Authorization policy names shared with every feature (contract with the contributions feature).</summary>
public static class PolitiquesPortrea
{
    /// <summary>Hub administrators only.</summary>
    public const string Administration = "Administration";

    /// <summary>Administrators and EPCI referents.</summary>
    public const string Referent = "Referent";

    /// <summary>Any signed-in user.</summary>
    public const string Connecte = "Connecte";
}
