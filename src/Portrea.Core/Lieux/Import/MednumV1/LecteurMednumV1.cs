using System.Globalization;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Import.MednumV1;

/// <summary>
/// Turns a row in the vocabulary of the standard v1.0.2 into a place, checking every rule of schema.json. A row breaking
/// a rule is rejected with its line, field and reason; the other rows go on.
/// </summary>
public static class LecteurMednumV1
{
    public static Lieu? Lire(LigneLue ligne, RapportImport rapport, Func<string, string?>? validerHoraires = null)
    {
        var erreurs = 0;
        void Rejeter(string champ, string motif)
        {
            rapport.Rejeter(ligne.Numero, champ, motif);
            erreurs++;
        }

        string? V(string champ) => ligne.Valeur(champ);

        string Requis(string champ)
        {
            var valeur = V(champ);
            if (valeur is null)
            {
                Rejeter(champ, "champ obligatoire vide");
            }

            return valeur ?? "";
        }

        string Multi(string champ, IReadOnlyList<string>? vocabulaire)
        {
            var valeurs = Decouper(V(champ));
            var gardees = new List<string>();
            foreach (var valeur in valeurs)
            {
                var connue = vocabulaire is null ? valeur : vocabulaire.FirstOrDefault(v => string.Equals(v, valeur, StringComparison.OrdinalIgnoreCase));
                if (connue is null)
                {
                    Rejeter(champ, $"valeur « {valeur} » absente du vocabulaire du standard v{ChampsStandard.Version}");
                }
                else if (!gardees.Contains(connue))
                {
                    gardees.Add(connue);
                }
            }

            // Canonical order (the schema's) so that two files listing the same values compare equal.
            IEnumerable<string> ordonnees = vocabulaire is null ? gardees : gardees.OrderBy(v => IndexDans(vocabulaire, v));
            return string.Join('|', ordonnees);
        }

        var identifiant = Requis(ChampsStandard.Id);
        var pivot = V(ChampsStandard.Pivot);
        if (pivot is null)
        {
            Rejeter(ChampsStandard.Pivot, "champ obligatoire vide (SIRET, RNA ou RIDET ; « 00000000000000 » s'il est inconnu)");
        }
        else if (!ReglesStandard.Pivot().IsMatch(pivot))
        {
            Rejeter(ChampsStandard.Pivot, $"« {pivot} » n'est ni un SIRET (14 chiffres) ni un RNA ni un RIDET");
        }

        var codePostal = Requis(ChampsStandard.CodePostal);
        if (codePostal.Length > 0 && !ReglesStandard.CodePostal().IsMatch(codePostal))
        {
            Rejeter(ChampsStandard.CodePostal, $"« {codePostal} » n'est pas un code postal à 5 chiffres");
        }

        var codeInsee = V(ChampsStandard.CodeInsee);
        if (codeInsee is not null && !ReglesStandard.CodeInsee().IsMatch(codeInsee))
        {
            Rejeter(ChampsStandard.CodeInsee, $"« {codeInsee} » n'est pas un code INSEE de commune");
        }

        var (latitude, longitude) = (Nombre(ChampsStandard.Latitude, -90, 90), Nombre(ChampsStandard.Longitude, -180, 180));
        if ((latitude is null) != (longitude is null))
        {
            Rejeter(latitude is null ? ChampsStandard.Latitude : ChampsStandard.Longitude, "latitude et longitude vont ensemble : l'une manque");
        }

        var telephone = V(ChampsStandard.Telephone) is { } t ? ReglesStandard.NormaliserTelephone(t) : null;
        if (telephone is not null && !ReglesStandard.Telephone().IsMatch(telephone))
        {
            Rejeter(ChampsStandard.Telephone, $"« {V(ChampsStandard.Telephone)} » n'est pas un numéro au format international (+33…)");
        }

        var courriels = Decouper(V(ChampsStandard.Courriels));
        foreach (var courriel in courriels.Where(c => !ReglesStandard.Courriel().IsMatch(c)))
        {
            Rejeter(ChampsStandard.Courriels, $"« {courriel} » n'est pas une adresse électronique");
        }

        var sites = Decouper(V(ChampsStandard.SiteWeb));
        foreach (var site in sites.Where(s => !ReglesStandard.EstUrl(s)))
        {
            Rejeter(ChampsStandard.SiteWeb, $"« {site} » n'est pas une adresse web (http:// ou https://)");
        }

        string? Url(string champ)
        {
            var valeur = V(champ);
            if (valeur is not null && !ReglesStandard.EstUrl(valeur))
            {
                Rejeter(champ, $"« {valeur} » n'est pas une adresse web (http:// ou https://)");
            }

            return valeur;
        }

        var resume = V(ChampsStandard.PresentationResume);
        if (resume is { Length: > 280 })
        {
            Rejeter(ChampsStandard.PresentationResume, $"résumé de {resume.Length} caractères : 280 au plus");
        }

        var dateMaj = default(DateOnly);
        var texteDate = Requis(ChampsStandard.DateMaj);
        if (texteDate.Length > 0 && !ReglesStandard.TryLireDate(texteDate, out dateMaj))
        {
            Rejeter(ChampsStandard.DateMaj, $"« {texteDate} » n'est pas une date ISO 8601 (AAAA-MM-JJ)");
        }

        var horaires = V(ChampsStandard.Horaires);
        // Badly written hours are common in real files and must not hide the place: they are dropped with a warning,
        // and the sheet says the hours are not available.
        if (horaires is not null && validerHoraires?.Invoke(horaires) is { } erreurHoraires)
        {
            rapport.Avertissements.Add($"Ligne {ligne.Numero}, horaires : {erreurHoraires} ; horaires ignorés.");
            horaires = null;
        }

        var lieu = new Lieu
        {
            Identifiant = identifiant,
            Pivot = pivot == ChampsStandard.PivotInconnu ? null : pivot,
            Nom = Requis(ChampsStandard.Nom),
            Commune = Requis(ChampsStandard.Commune),
            CodePostal = codePostal,
            CodeInsee = codeInsee,
            Adresse = Requis(ChampsStandard.Adresse),
            ComplementAdresse = V(ChampsStandard.ComplementAdresse),
            Latitude = latitude,
            Longitude = longitude,
            Typologie = Multi(ChampsStandard.Typologie, ValeursStandard.Typologies),
            Telephone = telephone,
            Courriels = string.Join('|', courriels),
            SiteWeb = string.Join('|', sites),
            Horaires = horaires,
            PresentationResume = resume,
            PresentationDetail = V(ChampsStandard.PresentationDetail),
            Source = V(ChampsStandard.Source),
            Itinerance = Multi(ChampsStandard.Itinerance, ValeursStandard.Itinerance),
            StructureParente = V(ChampsStandard.StructureParente),
            DateMaj = dateMaj,
            PublicsSpecifiquementAdresses = Multi(ChampsStandard.PublicsSpecifiquementAdresses, ValeursStandard.PublicsSpecifiquementAdresses),
            PriseEnChargeSpecifique = Multi(ChampsStandard.PriseEnChargeSpecifique, ValeursStandard.PriseEnChargeSpecifique),
            FraisACharge = Multi(ChampsStandard.FraisACharge, ValeursStandard.FraisACharge),
            DispositifProgrammesNationaux = Multi(ChampsStandard.DispositifProgrammesNationaux, ValeursStandard.DispositifProgrammesNationaux),
            FormationsLabels = Multi(ChampsStandard.FormationsLabels, ValeursStandard.FormationsLabels),
            AutresFormationsLabels = V(ChampsStandard.AutresFormationsLabels),
            ModalitesAcces = Multi(ChampsStandard.ModalitesAcces, ValeursStandard.ModalitesAcces),
            ModalitesAccompagnement = Multi(ChampsStandard.ModalitesAccompagnement, ValeursStandard.ModalitesAccompagnement),
            FicheAccesLibre = Url(ChampsStandard.FicheAccesLibre),
            PriseRdv = Url(ChampsStandard.PriseRdv),
        };

        var services = Multi(ChampsStandard.Services, ValeursStandard.Services);
        lieu.Services = [.. ServicesNationaux.VersServices(Decouper(services), lieu)];
        return erreurs == 0 ? lieu : null;

        double? Nombre(string champ, double min, double max)
        {
            var texte = V(champ);
            if (texte is null)
            {
                return null;
            }

            if (!ReglesStandard.TryLireNombre(texte.Replace(',', '.'), out var nombre) || nombre < min || nombre > max)
            {
                Rejeter(champ, $"« {texte} » n'est pas un nombre entre {min.ToString(CultureInfo.InvariantCulture)} et {max.ToString(CultureInfo.InvariantCulture)} (WGS84)");
                return null;
            }

            return nombre;
        }
    }

    public static List<string> Decouper(string? valeur) =>
        valeur is null ? [] : [.. valeur.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private static int IndexDans(IReadOnlyList<string> liste, string valeur)
    {
        for (var i = 0; i < liste.Count; i++)
        {
            if (liste[i] == valeur)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
