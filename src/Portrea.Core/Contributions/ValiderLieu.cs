using Portrea.Core.Imports;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Import.MednumV1;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Contributions;

/// <summary>
/// Checks a place's wanted state with the very rules of the import (the standard v1.0.2 reader: SIRET/RNA, INSEE code,
/// phone, e-mail, URLs, vocabularies) plus the PorTReA fields, and returns it normalised as an import would store it
/// (phone as +33…, lists in the schema's order).
/// </summary>
public static class ValiderLieu
{
    private static readonly Dictionary<string, string> CodeParChampStandard =
        ChampsLieu.Tous.Where(c => c.ChampStandard is not null).ToDictionary(c => c.ChampStandard!, c => c.Code);

    public static (Dictionary<string, string?> Normalise, List<ErreurChamp> Erreurs) Valider(string identifiant, IReadOnlyDictionary<string, string?> voulu)
    {
        var erreurs = new List<ErreurChamp>();
        var ligne = new Dictionary<string, string>
        {
            [ChampsStandard.Id] = identifiant,
            [ChampsStandard.DateMaj] = "2000-01-01",
        };
        foreach (var champ in ChampsLieu.Tous.Where(c => c.ChampStandard is not null && c.ChampStandard != ChampsStandard.Horaires))
        {
            ligne[champ.ChampStandard!] = voulu.GetValueOrDefault(champ.Code) ?? "";
        }

        if (string.IsNullOrEmpty(ligne[ChampsStandard.Pivot]))
        {
            ligne[ChampsStandard.Pivot] = ChampsStandard.PivotInconnu;
        }

        var rapport = new RapportImport();
        var lu = LecteurMednumV1.Lire(new LigneLue(1, ligne), rapport);
        erreurs.AddRange(rapport.Rejetes.Select(r => new ErreurChamp(CodeParChampStandard.GetValueOrDefault(r.Champ, r.Champ), Majuscule(r.Motif))));

        var normalise = new Dictionary<string, string?>(voulu, StringComparer.Ordinal);
        if (lu is not null)
        {
            var apres = ChampsLieu.Instantane(lu);
            foreach (var champ in ChampsLieu.Tous.Where(c => c.ChampStandard is not null && c.ChampStandard != ChampsStandard.Horaires))
            {
                normalise[champ.Code] = apres[champ.Code];
            }
        }

        if (ChampsLieu.Normaliser(voulu.GetValueOrDefault("horaires")) is { } horaires && !HorairesOsm.TryAnalyser(horaires, out _, out var erreurHoraires))
        {
            erreurs.Add(new ErreurChamp("horaires", $"Horaires illisibles « {horaires} » : {erreurHoraires}"));
        }

        foreach (var equipement in Decouper(voulu.GetValueOrDefault("equipements")).Where(e => !Equipements.Libelles.ContainsKey(e)))
        {
            erreurs.Add(new ErreurChamp("equipements", $"Équipement inconnu « {equipement} » : {string.Join(", ", Equipements.Libelles.Keys)}"));
        }

        normalise["equipements"] = ChampsLieu.Normaliser(string.Join('|', Equipements.Libelles.Keys.Where(Decouper(voulu.GetValueOrDefault("equipements")).Contains)));
        ValiderServices(voulu.GetValueOrDefault(ChampsLieu.Services), normalise, erreurs);
        ValiderContacts(voulu.GetValueOrDefault(ChampsLieu.Contacts), normalise, erreurs);
        return (normalise, erreurs);
    }

    private static void ValiderServices(string? json, Dictionary<string, string?> normalise, List<ErreurChamp> erreurs)
    {
        var services = ServicesSaisis.LireServices(json);
        if (services is null)
        {
            erreurs.Add(new ErreurChamp(ChampsLieu.Services, "Liste des services illisible."));
            return;
        }

        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            var champ = $"{ChampsLieu.Services}[{i}]";
            var nom = string.IsNullOrWhiteSpace(s.Nom) ? $"service n° {i + 1}" : $"service « {s.Nom.Trim()} »";
            void Erreur(string sousChamp, string motif) => erreurs.Add(new ErreurChamp($"{champ}.{sousChamp}", $"{Majuscule(nom)} : {motif}"));

            if (string.IsNullOrWhiteSpace(s.Nom))
            {
                Erreur("nom", "le nom est obligatoire");
            }

            if (!CategorieBesoinTexte.TryParse(s.Besoin, out _))
            {
                Erreur("besoin", $"besoin inconnu « {s.Besoin} » ({string.Join(", ", CategorieBesoinTexte.Toutes.Select(c => c.Code()))})");
            }

            if (!Enum.TryParse<FormatService>(s.Format, ignoreCase: true, out _) || int.TryParse(s.Format, out _))
            {
                Erreur("format", $"format inconnu « {s.Format} » ({string.Join(", ", Enum.GetNames<FormatService>())})");
            }

            if (s.ServiceNational is not null && !ValeursStandard.Services.Contains(s.ServiceNational))
            {
                Erreur("serviceNational", $"« {s.ServiceNational} » n'est pas un service du standard v{ChampsStandard.Version}");
            }

            if (s.Tarif is not null && !ValeursStandard.FraisACharge.Contains(s.Tarif))
            {
                Erreur("tarif", $"tarif « {s.Tarif} » inconnu ({string.Join(", ", ValeursStandard.FraisACharge)})");
            }

            if (s.HeuresParSemaine is < 0 or > 168)
            {
                Erreur("heuresParSemaine", "le nombre d'heures par semaine doit être entre 0 et 168");
            }

            if (s.PersonnesAideesParAn is < 0)
            {
                Erreur("personnesAideesParAn", "le nombre de personnes aidées par an ne peut pas être négatif");
            }

            var jours = new HashSet<DayOfWeek>();
            foreach (var c in s.Creneaux ?? [])
            {
                var jour = Jours.Lire(c.Jour);
                if (jour is null)
                {
                    Erreur("creneaux", $"jour inconnu « {c.Jour} » (lundi … dimanche)");
                    continue;
                }

                if (!jours.Add(jour.Value))
                {
                    Erreur("creneaux", $"le {c.Jour} figure deux fois");
                }

                var motif = MotifCreneau(c);
                if (motif is not null)
                {
                    Erreur("creneaux", $"{Jours.Code(jour.Value)} : {motif}");
                }
            }
        }

        normalise[ChampsLieu.Services] = services.Count == 0 ? null : ServicesSaisis.Ecrire(
            services.Select(s => s with { Nom = s.Nom?.Trim() ?? "", Publics = [.. (s.Publics ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct()] })
                .OrderBy(s => CategorieBesoinTexte.TryParse(s.Besoin, out var c) ? c : default).ThenBy(s => s.Nom, StringComparer.Ordinal)
                .Select(s => s with { Besoin = CategorieBesoinTexte.TryParse(s.Besoin, out var c) ? c.Code() : s.Besoin }));
    }

    private static string? MotifCreneau(CreneauSaisi c)
    {
        if (!Enum.TryParse<FrequencePlanning>(c.Frequence, ignoreCase: true, out var frequence) || int.TryParse(c.Frequence, out _))
        {
            return $"fréquence inconnue « {c.Frequence} »";
        }

        int? Lire(string? heure, string libelle, ref string? erreur)
        {
            var minutes = ServicesSaisis.Minutes(heure);
            if (!string.IsNullOrWhiteSpace(heure) && minutes is null)
            {
                erreur ??= $"{libelle} « {heure} » n'est pas une heure (HH:MM)";
            }

            return minutes;
        }

        string? erreur = null;
        var ouverture = Lire(c.Ouverture, "ouverture", ref erreur);
        var fermeture = Lire(c.Fermeture, "fermeture", ref erreur);
        var pauseDebut = Lire(c.PauseDebut, "début de pause", ref erreur);
        var pauseFin = Lire(c.PauseFin, "fin de pause", ref erreur);
        if (erreur is not null)
        {
            return erreur;
        }

        if ((pauseDebut is null) != (pauseFin is null))
        {
            return "la pause déjeuner a un début et une fin";
        }

        if (ouverture >= fermeture)
        {
            return "l'ouverture doit précéder la fermeture";
        }

        try
        {
            _ = new JourPlanning(
                DayOfWeek.Monday, frequence,
                ouverture is { } o && fermeture is { } f ? new PlageHoraire(o, f) : null,
                pauseDebut is { } d && pauseFin is { } p ? new PlageHoraire(d, p) : null);
            return null;
        }
        catch (ArgumentException e)
        {
            var motif = e.Message.Split(" (Parameter", 2)[0].TrimEnd('.');
            return char.ToLowerInvariant(motif[0]) + motif[1..];
        }
    }

    private static void ValiderContacts(string? json, Dictionary<string, string?> normalise, List<ErreurChamp> erreurs)
    {
        var contacts = ServicesSaisis.LireContacts(json);
        if (contacts is null)
        {
            erreurs.Add(new ErreurChamp(ChampsLieu.Contacts, "Liste des contacts illisible."));
            return;
        }

        var normalises = new List<ContactSaisi>();
        for (var i = 0; i < contacts.Count; i++)
        {
            var c = contacts[i];
            var telephone = string.IsNullOrWhiteSpace(c.Telephone) ? null : ReglesStandard.NormaliserTelephone(c.Telephone);
            if (telephone is not null && !ReglesStandard.Telephone().IsMatch(telephone))
            {
                erreurs.Add(new ErreurChamp($"{ChampsLieu.Contacts}[{i}].telephone", $"« {c.Telephone} » n'est pas un numéro de téléphone (02 99 00 00 00 ou +33…)"));
            }

            if (!string.IsNullOrWhiteSpace(c.Courriel) && !ReglesStandard.Courriel().IsMatch(c.Courriel.Trim()))
            {
                erreurs.Add(new ErreurChamp($"{ChampsLieu.Contacts}[{i}].courriel", $"« {c.Courriel} » n'est pas une adresse électronique"));
            }

            var contact = ServicesSaisis.VersContact(c with { Telephone = telephone });
            if (contact.Nom is not null || contact.Fonction is not null || contact.Telephone is not null || contact.Courriel is not null)
            {
                normalises.Add(ServicesSaisis.Depuis(contact));
            }
        }

        normalise[ChampsLieu.Contacts] = normalises.Count == 0 ? null : ServicesSaisis.Ecrire(normalises);
    }

    private static List<string> Decouper(string? valeur) => LecteurMednumV1.Decouper(valeur);

    private static string Majuscule(string texte) => texte.Length == 0 ? texte : char.ToUpperInvariant(texte[0]) + texte[1..];
}

/// <summary>A French validation message about one field (or sub-field, e.g. <c>services[0].creneaux</c>).</summary>
public sealed record ErreurChamp(string Champ, string Message);
