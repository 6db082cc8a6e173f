namespace Portrea.Core.Lieux;

/// <summary>How a service is delivered (PorTReA <c>format</c>).</summary>
public enum FormatService
{
    NonPrecise = 0,
    Individuel = 1,
    Atelier = 2,
    LesDeux = 3,
}

public static class FormatServiceTexte
{
    public static string Libelle(this FormatService format) => format switch
    {
        FormatService.Individuel => "Accompagnement individuel",
        FormatService.Atelier => "Atelier collectif",
        FormatService.LesDeux => "Individuel et atelier collectif",
        _ => "Format non précisé",
    };
}
