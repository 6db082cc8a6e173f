namespace Portrea.Core.Demarche;

/// <summary>Settings of the rollout follow-up (<c>Portrea:Demarche</c>).</summary>
public sealed class OptionsDemarche
{
    public const string Section = "Portrea:Demarche";

    /// <summary>Path of a JSON file replacing the embedded referential (same shape as <c>referentiel-demarche.json</c>).</summary>
    public string? Referentiel { get; set; }
}
