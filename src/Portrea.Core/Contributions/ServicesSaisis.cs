using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Contributions;

/// <summary>
/// A place's services and contacts as one field value each: canonical JSON, so that history, proposals and the edit
/// form compare and store them like any other field.
/// </summary>
public static class ServicesSaisis
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Ecrire(IEnumerable<ServiceSaisi> services) => JsonSerializer.Serialize(services.ToList(), Json);

    public static string Ecrire(IEnumerable<ContactSaisi> contacts) => JsonSerializer.Serialize(contacts.ToList(), Json);

    public static List<ServiceSaisi>? LireServices(string? json) => Lire<ServiceSaisi>(json);

    public static List<ContactSaisi>? LireContacts(string? json) => Lire<ContactSaisi>(json);

    private static List<T>? Lire<T>(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ServiceSaisi Depuis(ServiceLieu s) => new(
        s.Categorie.Code(), s.Nom, s.ServiceNational, s.Description, s.Format.ToString(), LecteurListe(s.Publics), s.Tarif, s.StructureId,
        s.HeuresParSemaine, s.PersonnesAideesParAn,
        [.. s.Creneaux.OrderBy(c => ((int)c.Jour + 6) % 7).Select(c => new CreneauSaisi(
            Jours.Code(c.Jour), c.Frequence.ToString(), c.PrecisionFrequence, Heure(c.OuvertureMinutes), Heure(c.FermetureMinutes),
            Heure(c.PauseDebutMinutes), Heure(c.PauseFinMinutes)))]);

    public static ContactSaisi Depuis(ContactLieu c) => new(c.Nom, c.Fonction, c.Telephone, c.Courriel, c.Public);

    /// <summary>Builds the entities of a validated service (see <see cref="ValiderLieu"/>).</summary>
    public static ServiceLieu VersService(ServiceSaisi s)
    {
        CategorieBesoinTexte.TryParse(s.Besoin, out var categorie);
        return new ServiceLieu
        {
            Categorie = categorie,
            Nom = s.Nom.Trim(),
            ServiceNational = s.ServiceNational,
            Description = s.Description,
            Format = Enum.TryParse<FormatService>(s.Format, ignoreCase: true, out var format) ? format : FormatService.NonPrecise,
            Publics = string.Join('|', s.Publics ?? []),
            Tarif = s.Tarif,
            StructureId = s.StructureId,
            HeuresParSemaine = s.HeuresParSemaine,
            PersonnesAideesParAn = s.PersonnesAideesParAn,
            Creneaux = [.. (s.Creneaux ?? []).Select(c => new CreneauService
            {
                Jour = Jours.Lire(c.Jour)!.Value,
                Frequence = Enum.Parse<FrequencePlanning>(c.Frequence, ignoreCase: true),
                PrecisionFrequence = c.Precision,
                OuvertureMinutes = Minutes(c.Ouverture),
                FermetureMinutes = Minutes(c.Fermeture),
                PauseDebutMinutes = Minutes(c.PauseDebut),
                PauseFinMinutes = Minutes(c.PauseFin),
            })],
        };
    }

    public static ContactLieu VersContact(ContactSaisi c) => new()
    {
        Nom = Vide(c.Nom),
        Fonction = Vide(c.Fonction),
        Telephone = Vide(c.Telephone),
        Courriel = Vide(c.Courriel),
        Public = c.Public,
    };

    public static string? Heure(int? minutes) =>
        minutes is { } m ? $"{(m / 60).ToString("00", CultureInfo.InvariantCulture)}:{(m % 60).ToString("00", CultureInfo.InvariantCulture)}" : null;

    /// <summary>« 09:30 » or « 9h30 » → 570; null when empty or not a time of day.</summary>
    public static int? Minutes(string? heure)
    {
        if (string.IsNullOrWhiteSpace(heure))
        {
            return null;
        }

        var parties = heure.Trim().ToLowerInvariant().Replace('h', ':').Split(':');
        if (parties.Length is < 1 or > 2
            || !int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parties.Length == 2 && parties[1].Length > 0 ? parties[1] : "0", NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 24 || m > 59 || (h == 24 && m > 0))
        {
            return null;
        }

        return (h * 60) + m;
    }

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();

    private static List<string> LecteurListe(string valeur) => [.. valeur.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>A service as edited: need code, format name, schedule by weekday with times as « HH:mm ».</summary>
public sealed record ServiceSaisi(
    string Besoin, string Nom, string? ServiceNational, string? Description, string Format, List<string>? Publics, string? Tarif,
    int? StructureId, double? HeuresParSemaine, int? PersonnesAideesParAn, List<CreneauSaisi>? Creneaux);

/// <summary>One weekday of a service's schedule; frequency names are those of <see cref="FrequencePlanning"/>.</summary>
public sealed record CreneauSaisi(string Jour, string Frequence, string? Precision, string? Ouverture, string? Fermeture, string? PauseDebut, string? PauseFin);

public sealed record ContactSaisi(string? Nom, string? Fonction, string? Telephone, string? Courriel, bool Public);

/// <summary>Weekday codes in French (« lundi »…), Monday first.</summary>
public static class Jours
{
    public static readonly IReadOnlyList<DayOfWeek> Semaine =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] Codes = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    public static string Code(DayOfWeek jour) => Codes[(int)jour];

    public static DayOfWeek? Lire(string? code)
    {
        var i = Array.IndexOf(Codes, code?.Trim().ToLowerInvariant());
        return i < 0 ? null : (DayOfWeek)i;
    }
}
