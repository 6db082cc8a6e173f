namespace Portrea.Core.Contributions;

/// <summary>Where a change of a place comes from, as the history shows it.</summary>
public enum SourceModification
{
    Formulaire = 1,
    Import = 2,
    Campagne = 3,
    Moderation = 4,
    Restauration = 5,

    /// <summary>A person's data erased on request: the entry says so, without the erased values.</summary>
    Effacement = 6,
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
        SourceModification.Effacement => "effacement",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Libelle(this SourceModification source) => source switch
    {
        SourceModification.Formulaire => "Formulaire",
        SourceModification.Import => "Import de fichier",
        SourceModification.Campagne => "Campagne de mise à jour",
        SourceModification.Moderation => "Proposition modérée",
        SourceModification.Restauration => "Restauration d'une version",
        SourceModification.Effacement => "Effacement de données personnelles à la demande de la personne",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
