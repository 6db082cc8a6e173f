namespace Portrea.Core.Contributions;

/// <summary>Where a change of a place comes from, as the history shows it.</summary>
public enum SourceModification
{
    Formulaire = 1,
    Import = 2,
    Campagne = 3,
    Moderation = 4,
    Restauration = 5,
}

public static class SourceModificationTexte
{
    public static string Code(this SourceModification source) => source switch
    {
        SourceModification.Formulaire => "formulaire",
        SourceModification.Import => "import",
        SourceModification.Campagne => "campagne",
        SourceModification.Moderation => "moderation",
        SourceModification.Restauration => "restauration",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Libelle(this SourceModification source) => source switch
    {
        SourceModification.Formulaire => "Formulaire",
        SourceModification.Import => "Import de fichier",
        SourceModification.Campagne => "Campagne de mise à jour",
        SourceModification.Moderation => "Proposition modérée",
        SourceModification.Restauration => "Restauration d'une version",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
