using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Web.Features.Contributions;

/// <summary>
/// The edit form's fields, bound from the posted form and built from a place's field values (<see cref="ChampsLieu"/>):
/// text fields by code, lists with a vocabulary as checkboxes, free lists one value per line, services with their
/// weekly schedule, contacts. One empty service and contact are offered to add a new one.
/// </summary>
public sealed class FormulaireLieu
{
    public int Version { get; set; }
    public Dictionary<string, string?> Champs { get; set; } = [];
    public Dictionary<string, List<string>> Listes { get; set; } = [];
    public List<ServiceFormulaire> Services { get; set; } = [];
    public List<ContactFormulaire> Contacts { get; set; } = [];

    /// <summary>After a conflict: per field changed by both, « mienne » keeps the editor's value, « actuelle » takes the saved one.</summary>
    public Dictionary<string, string> Fusion { get; set; } = [];

    /// <summary>After a conflict: the saved value of each field changed by both, to take it when the editor chooses so.</summary>
    public Dictionary<string, string?> Actuelles { get; set; } = [];

    public static FormulaireLieu Depuis(IReadOnlyDictionary<string, string?> valeurs, int version)
    {
        var formulaire = new FormulaireLieu { Version = version };
        foreach (var champ in ChampsLieu.Tous.Where(c => c.Code is not ChampsLieu.Services and not ChampsLieu.Contacts and not ChampsLieu.Brouillon))
        {
            var valeur = valeurs.GetValueOrDefault(champ.Code);
            if (champ.EstListe && champ.Vocabulaire is not null)
            {
                formulaire.Listes[champ.Code] = [.. (valeur ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)];
            }
            else
            {
                formulaire.Champs[champ.Code] = champ.EstListe ? valeur?.Replace("|", "\n", StringComparison.Ordinal) : valeur;
            }
        }

        formulaire.Services = [.. (ServicesSaisis.LireServices(valeurs.GetValueOrDefault(ChampsLieu.Services)) ?? []).Select(ServiceFormulaire.Depuis), ServiceFormulaire.Vide()];
        formulaire.Contacts = [.. (ServicesSaisis.LireContacts(valeurs.GetValueOrDefault(ChampsLieu.Contacts)) ?? []).Select(ContactFormulaire.Depuis), new ContactFormulaire()];
        return formulaire;
    }

    public Dictionary<string, string?> VersChamps()
    {
        var valeurs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var champ in ChampsLieu.Tous.Where(c => c.Code is not ChampsLieu.Services and not ChampsLieu.Contacts and not ChampsLieu.Brouillon))
        {
            valeurs[champ.Code] = champ.EstListe && champ.Vocabulaire is not null
                ? string.Join('|', Listes.GetValueOrDefault(champ.Code) ?? [])
                : champ.EstListe
                    ? string.Join('|', (Champs.GetValueOrDefault(champ.Code) ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    : Champs.GetValueOrDefault(champ.Code);
        }

        valeurs[ChampsLieu.Services] = ServicesSaisis.Ecrire(Services.Where(s => !s.Supprimer && !string.IsNullOrWhiteSpace(s.Nom)).Select(s => s.VersSaisi()));
        valeurs[ChampsLieu.Contacts] = ServicesSaisis.Ecrire(Contacts.Where(c => !c.Supprimer).Select(c => c.VersSaisi()));
        foreach (var (code, choix) in Fusion)
        {
            if (choix == "actuelle" && ChampsLieu.ParCode.ContainsKey(code))
            {
                valeurs[code] = Actuelles.GetValueOrDefault(code);
            }
        }

        return valeurs;
    }
}

public sealed class ServiceFormulaire
{
    public string? Besoin { get; set; }
    public string? Nom { get; set; }
    public string? ServiceNational { get; set; }
    public string? Description { get; set; }
    public string? Format { get; set; }
    public string? Publics { get; set; }
    public string? Tarif { get; set; }
    public int? StructureId { get; set; }
    public string? HeuresParSemaine { get; set; }
    public string? PersonnesAideesParAn { get; set; }
    public bool Supprimer { get; set; }

    /// <summary>Monday to Sunday; an empty frequency means the service is not held that day.</summary>
    public List<JourFormulaire> Jours { get; set; } = [];

    public static ServiceFormulaire Vide() => new() { Jours = [.. Core.Contributions.Jours.Semaine.Select(j => new JourFormulaire { Jour = Core.Contributions.Jours.Code(j) })] };

    public static ServiceFormulaire Depuis(ServiceSaisi s)
    {
        var formulaire = new ServiceFormulaire
        {
            Besoin = s.Besoin,
            Nom = s.Nom,
            ServiceNational = s.ServiceNational,
            Description = s.Description,
            Format = s.Format,
            Publics = string.Join(", ", s.Publics ?? []),
            Tarif = s.Tarif,
            StructureId = s.StructureId,
            HeuresParSemaine = s.HeuresParSemaine?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PersonnesAideesParAn = s.PersonnesAideesParAn?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        formulaire.Jours = [.. Core.Contributions.Jours.Semaine.Select(j =>
        {
            var code = Core.Contributions.Jours.Code(j);
            var c = s.Creneaux?.FirstOrDefault(x => x.Jour == code);
            return new JourFormulaire
            {
                Jour = code, Frequence = c?.Frequence, Precision = c?.Precision, Ouverture = c?.Ouverture, Fermeture = c?.Fermeture,
                PauseDebut = c?.PauseDebut, PauseFin = c?.PauseFin,
            };
        })];
        return formulaire;
    }

    public ServiceSaisi VersSaisi() => new(
        Besoin ?? "", Nom?.Trim() ?? "", Vide(ServiceNational), Vide(Description), Format ?? nameof(Core.Lieux.FormatService.NonPrecise),
        [.. (Publics ?? "").Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Vide(Tarif), StructureId,
        double.TryParse(HeuresParSemaine?.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : null,
        int.TryParse(PersonnesAideesParAn, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null,
        [.. Jours.Where(j => !string.IsNullOrEmpty(j.Frequence)).Select(j => new CreneauSaisi(
            j.Jour ?? "", j.Frequence!, Vide(j.Precision),
            j.Frequence == nameof(FrequencePlanning.SurRendezVous) ? null : Vide(j.Ouverture),
            j.Frequence == nameof(FrequencePlanning.SurRendezVous) ? null : Vide(j.Fermeture),
            j.Frequence == nameof(FrequencePlanning.SurRendezVous) ? null : Vide(j.PauseDebut),
            j.Frequence == nameof(FrequencePlanning.SurRendezVous) ? null : Vide(j.PauseFin)))]);

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}

public sealed class JourFormulaire
{
    public string? Jour { get; set; }
    public string? Frequence { get; set; }
    public string? Precision { get; set; }
    public string? Ouverture { get; set; }
    public string? Fermeture { get; set; }
    public string? PauseDebut { get; set; }
    public string? PauseFin { get; set; }
}

public sealed class ContactFormulaire
{
    public string? Nom { get; set; }
    public string? Fonction { get; set; }
    public string? Telephone { get; set; }
    public string? Courriel { get; set; }
    public bool Public { get; set; }
    public bool Supprimer { get; set; }

    public static ContactFormulaire Depuis(ContactSaisi c) => new() { Nom = c.Nom, Fonction = c.Fonction, Telephone = c.Telephone, Courriel = c.Courriel, Public = c.Public };

    public ContactSaisi VersSaisi() => new(Nom, Fonction, Telephone, Courriel, Public);
}
