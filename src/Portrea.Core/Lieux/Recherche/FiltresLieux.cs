namespace Portrea.Core.Lieux.Recherche;

/// <summary>The filters of the place list, shared by the page, the API and the exports.</summary>
public sealed record FiltresLieux
{
    public string? Commune { get; init; }
    public string? Epci { get; init; }
    public string? Departement { get; init; }
    public CategorieBesoin? Besoin { get; init; }

    /// <summary>One of the standard's 9 services.</summary>
    public string? Service { get; init; }

    /// <summary>A public or a specific care of the standard (« Seniors », « Surdité »…).</summary>
    public string? Public { get; init; }

    /// <summary>A national programme or training label (« France Services », « Aidants Connect »…).</summary>
    public string? Label { get; init; }
    public string? Texte { get; init; }

    /// <summary>Paris wall-clock time at which places must be open.</summary>
    public DateTime? OuvertA { get; init; }

    public bool EstVide => this == new FiltresLieux();
}
