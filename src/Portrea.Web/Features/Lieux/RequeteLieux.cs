using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Recherche;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Web.Features.Lieux;

/// <summary>The query-string filters of the place list, the same on the API, the exports and the page.</summary>
public sealed class RequeteLieux
{
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "epci")] public string? Epci { get; set; }
    [FromQuery(Name = "departement")] public string? Departement { get; set; }
    [FromQuery(Name = "besoin")] public string? Besoin { get; set; }
    [FromQuery(Name = "service")] public string? Service { get; set; }
    [FromQuery(Name = "public")] public string? Public { get; set; }
    [FromQuery(Name = "label")] public string? Label { get; set; }
    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>Local date-time ISO 8601 in Europe/Paris (<c>2026-12-07T10:30</c>) or <c>maintenant</c>.</summary>
    [FromQuery(Name = "ouvert")] public string? Ouvert { get; set; }

    /// <summary>Builds the filters; returns the French reason when a value is not understood.</summary>
    public bool TryConvertir(TimeProvider horloge, out FiltresLieux filtres, out string? erreur)
    {
        filtres = new FiltresLieux();
        erreur = null;
        CategorieBesoin? besoin = null;
        if (Vide(Besoin) is { } texteBesoin)
        {
            if (!CategorieBesoinTexte.TryParse(texteBesoin, out var categorie))
            {
                erreur = $"Besoin inconnu « {texteBesoin} » : valeurs possibles {string.Join(", ", CategorieBesoinTexte.Toutes.Select(c => c.Code()))}.";
                return false;
            }

            besoin = categorie;
        }

        var service = Vide(Service);
        if (service is not null && !ValeursStandard.Services.Contains(service))
        {
            erreur = $"Service inconnu « {service} » : l'un des 9 services du standard (ex. « Aide aux démarches administratives »).";
            return false;
        }

        DateTime? ouvertA = null;
        if (Vide(Ouvert) is { } texteOuvert)
        {
            if (texteOuvert.Equals("maintenant", StringComparison.OrdinalIgnoreCase))
            {
                ouvertA = HeureDeParis.Maintenant(horloge);
            }
            else if (DateTimeOffset.TryParseExact(texteOuvert, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                ouvertA = HeureDeParis.Depuis(instant);
            }
            else if (DateTime.TryParseExact(texteOuvert, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                ouvertA = local;
            }
            else
            {
                erreur = $"« ouvert » doit être « maintenant » ou une date et heure locales de Paris au format ISO 8601 (ex. 2026-12-07T10:30), pas « {texteOuvert} ».";
                return false;
            }
        }

        filtres = new FiltresLieux
        {
            Commune = Vide(Commune),
            Epci = Vide(Epci),
            Departement = Vide(Departement),
            Besoin = besoin,
            Service = service,
            Public = Vide(Public),
            Label = Vide(Label),
            Texte = Vide(Q),
            OuvertA = ouvertA,
        };
        return true;
    }

    private static string? Vide(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
}
