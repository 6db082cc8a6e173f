using System.Globalization;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Export;

/// <summary>A place as the 32 fields of the standard v1.0.2, in schema order, multi-values joined by '|'.</summary>
public static class LigneStandard
{
    public static string[] Valeurs(Lieu l) =>
    [
        l.Identifiant,
        l.Pivot ?? ChampsStandard.PivotInconnu,
        l.Nom,
        l.Commune,
        l.CodePostal,
        l.CodeInsee ?? "",
        l.Adresse,
        l.ComplementAdresse ?? "",
        Nombre(l.Latitude),
        Nombre(l.Longitude),
        l.Typologie,
        l.Telephone ?? "",
        l.Courriels,
        l.SiteWeb,
        l.Horaires ?? "",
        l.PresentationResume ?? "",
        l.PresentationDetail ?? "",
        l.Source ?? "",
        l.Itinerance,
        l.StructureParente ?? "",
        l.DateMaj.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string.Join('|', ServicesNationaux.DuLieu(l)),
        l.PublicsSpecifiquementAdresses,
        l.PriseEnChargeSpecifique,
        l.FraisACharge,
        l.DispositifProgrammesNationaux,
        l.FormationsLabels,
        l.AutresFormationsLabels ?? "",
        l.ModalitesAcces,
        l.ModalitesAccompagnement,
        l.FicheAccesLibre ?? "",
        l.PriseRdv ?? "",
    ];

    public static Dictionary<string, string> Dictionnaire(Lieu l) =>
        ChampsStandard.Tous.Zip(Valeurs(l)).ToDictionary(p => p.First, p => p.Second);

    private static string Nombre(double? valeur) => valeur?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
