using System.Globalization;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Orientation;

/// <summary>The next time a place or service opens, read from its hours over the coming two weeks.</summary>
public static class ProchaineOuverture
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>« Ouvert maintenant, jusqu'à 12 h » or « Prochaine ouverture : mardi 8 décembre à 9 h »; null when none is known.</summary>
    public static string? Decrire(IEnumerable<HorairesOsm> horaires, DateTime maintenant)
    {
        var minute = (maintenant.Hour * 60) + maintenant.Minute;
        var aujourdhui = DateOnly.FromDateTime(maintenant);
        (DateOnly Jour, PlageHoraire Plage)? prochaine = null;
        foreach (var osm in horaires)
        {
            if (osm.PlagesDuJour(aujourdhui).FirstOrDefault(p => p.Contient(minute)) is { DureeMinutes: > 0 } enCours)
            {
                return $"Ouvert maintenant, jusqu'à {RedactionFrancaise.Heure(enCours.FinMinutes)}";
            }

            for (var i = 0; i < 14; i++)
            {
                var jour = aujourdhui.AddDays(i);
                var plage = osm.PlagesDuJour(jour).Where(p => i > 0 || p.DebutMinutes > minute).Select(p => (PlageHoraire?)p).FirstOrDefault();
                if (plage is { } p)
                {
                    if (prochaine is null || jour < prochaine.Value.Jour || (jour == prochaine.Value.Jour && p.DebutMinutes < prochaine.Value.Plage.DebutMinutes))
                    {
                        prochaine = (jour, p);
                    }

                    break;
                }
            }
        }

        if (prochaine is not { } trouvee)
        {
            return null;
        }

        var quand = trouvee.Jour == aujourdhui ? "aujourd'hui" : trouvee.Jour == aujourdhui.AddDays(1) ? "demain" : trouvee.Jour.ToString("dddd d MMMM", Francais);
        return $"Prochaine ouverture : {quand} à {RedactionFrancaise.Heure(trouvee.Plage.DebutMinutes)}";
    }
}
