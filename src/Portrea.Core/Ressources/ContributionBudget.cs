namespace Portrea.Core.Ressources;

/// <summary>
/// One partner's contribution to the network's common budget for a year and an axis: staff time in full-time
/// equivalents, or premises, equipment and money valued in euros.
/// </summary>
public sealed class ContributionBudget
{
    public int Id { get; set; }
    public int ReseauId { get; set; }
    public int StructureId { get; set; }
    public int Annee { get; set; }
    public AxeReseau Axe { get; set; }
    public NatureContribution Nature { get; set; }

    /// <summary>FTE for <see cref="NatureContribution.Temps"/>, euros otherwise.</summary>
    public decimal Valeur { get; set; }
    public string? Commentaire { get; set; }
    public DateTimeOffset SaisieLe { get; set; }
    public string? AuteurId { get; set; }
}

public enum NatureContribution
{
    Temps,
    Locaux,
    Equipement,
    Financement,
}

public static class NaturesContribution
{
    public static IReadOnlyList<NatureContribution> Toutes { get; } = Enum.GetValues<NatureContribution>();

    public static string Libelle(this NatureContribution nature) => nature switch
    {
        NatureContribution.Temps => "Temps de travail",
        NatureContribution.Locaux => "Locaux",
        NatureContribution.Equipement => "Équipement",
        _ => "Financement",
    };

    public static string Code(this NatureContribution nature) => nature switch
    {
        NatureContribution.Temps => "temps",
        NatureContribution.Locaux => "locaux",
        NatureContribution.Equipement => "equipement",
        _ => "financement",
    };

    public static string Unite(this NatureContribution nature) => nature == NatureContribution.Temps ? "ETP" : "€";

    public static bool TryLire(string? code, out NatureContribution nature)
    {
        foreach (var candidat in Toutes)
        {
            if (candidat.Code() == code)
            {
                nature = candidat;
                return true;
            }
        }

        nature = default;
        return false;
    }
}
