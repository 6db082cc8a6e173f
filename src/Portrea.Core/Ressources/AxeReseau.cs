namespace Portrea.Core.Ressources;

/// <summary>The three axes of a network's service offer, as the Rennes roadmap names them.</summary>
public enum AxeReseau
{
    AccesLibre,
    AccompagnementUsages,
    DemarchesAccompagnees,
}

public static class AxesReseau
{
    public static IReadOnlyList<AxeReseau> Tous { get; } = Enum.GetValues<AxeReseau>();

    public static string Libelle(this AxeReseau axe) => axe switch
    {
        AxeReseau.AccesLibre => "Accès libre et en autonomie",
        AxeReseau.AccompagnementUsages => "Accompagnement aux usages",
        _ => "Démarches accompagnées",
    };

    public static string Code(this AxeReseau axe) => axe switch
    {
        AxeReseau.AccesLibre => "acces_libre",
        AxeReseau.AccompagnementUsages => "accompagnement_usages",
        _ => "demarches_accompagnees",
    };

    public static bool TryLire(string? code, out AxeReseau axe)
    {
        foreach (var candidat in Tous)
        {
            if (string.Equals(candidat.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                axe = candidat;
                return true;
            }
        }

        axe = default;
        return false;
    }
}
