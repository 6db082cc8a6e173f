namespace Portrea.Core.Contributions;

/// <summary>Where a proposal stands in the moderation queue.</summary>
public enum StatutModeration
{
    AModerer = 1,
    EnCours = 2,
    Acceptee = 3,
    PartiellementAcceptee = 4,
    Refusee = 5,
}

public static class StatutModerationTexte
{
    public static readonly IReadOnlyList<StatutModeration> Tous = Enum.GetValues<StatutModeration>();

    public static string Code(this StatutModeration statut) => statut switch
    {
        StatutModeration.AModerer => "a_moderer",
        StatutModeration.EnCours => "en_cours",
        StatutModeration.Acceptee => "acceptee",
        StatutModeration.PartiellementAcceptee => "partiellement_acceptee",
        StatutModeration.Refusee => "refusee",
        _ => throw new ArgumentOutOfRangeException(nameof(statut)),
    };

    public static string Libelle(this StatutModeration statut) => statut switch
    {
        StatutModeration.AModerer => "À modérer",
        StatutModeration.EnCours => "En cours",
        StatutModeration.Acceptee => "Acceptée",
        StatutModeration.PartiellementAcceptee => "Partiellement acceptée",
        StatutModeration.Refusee => "Refusée",
        _ => throw new ArgumentOutOfRangeException(nameof(statut)),
    };

    public static bool EstOuverte(this StatutModeration statut) => statut is StatutModeration.AModerer or StatutModeration.EnCours;

    public static bool TryParse(string? code, out StatutModeration statut)
    {
        statut = Tous.FirstOrDefault(s => s.Code() == code);
        return statut != default;
    }
}
