using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;

namespace Portrea.Web.Features.Carte;

public static class ChargerChoix
{
    /// <summary>Indicators of the registry that exist at commune or EPCI level, the two levels the map draws.</summary>
    public static ChoixCarte Charger(CalculerIndicateurs indicateurs) =>
        new([.. indicateurs.Registre.Indicateurs
            .Select(i => i.Definition)
            .Where(d => d.Niveaux.Contains("commune") || d.Niveaux.Contains("epci"))
            .Select(d => new IndicateurCarte(d.Code, d.Libelle, d.Unite, d.Agregation == Agregation.Somme && d.Denominateur is not null))]);
}
