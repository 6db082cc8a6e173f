using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Import;

/// <summary>Builds a place's PorTReA services from the standard's service list, and reads that list back.</summary>
public static class ServicesNationaux
{
    public static IEnumerable<ServiceLieu> VersServices(IEnumerable<string> servicesNationaux, Lieu lieu)
    {
        var format = (lieu.ModalitesAccompagnement.Contains("Accompagnement individuel"), lieu.ModalitesAccompagnement.Contains("atelier")) switch
        {
            (true, true) => FormatService.LesDeux,
            (true, false) => FormatService.Individuel,
            (false, true) => FormatService.Atelier,
            _ => FormatService.NonPrecise,
        };
        foreach (var service in servicesNationaux)
        {
            yield return new ServiceLieu
            {
                Nom = service,
                ServiceNational = service,
                Categorie = CorrespondanceBesoins.ParServiceNational[service],
                Format = format,
                Publics = lieu.PublicsSpecifiquementAdresses,
                Tarif = lieu.FraisACharge.Split('|', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(),
            };
        }
    }

    /// <summary>
    /// The standard's <c>services</c> of a place, in schema order. Services with no national equivalent are exported
    /// through the Hub Bretagne category mapping only when the place has no national service at all.
    /// </summary>
    public static IEnumerable<string> DuLieu(Lieu lieu)
    {
        var nationaux = lieu.Services.Select(s => s.ServiceNational).OfType<string>().ToList();
        if (nationaux.Count == 0)
        {
            nationaux = [.. lieu.Services.Select(s => CorrespondanceBesoins.ServiceNationalParDefaut(s.Categorie)).OfType<string>()];
        }

        return nationaux.Distinct().OrderBy(s => IndexService(s));
    }

    private static int IndexService(string service)
    {
        for (var i = 0; i < ValeursStandard.Services.Count; i++)
        {
            if (ValeursStandard.Services[i] == service)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
