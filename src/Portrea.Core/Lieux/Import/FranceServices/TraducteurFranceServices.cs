using System.Globalization;
using System.Text.RegularExpressions;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Import.FranceServices;

/// <summary>
/// Rewrites a row of the ANCT France Services list (<c>id_fs, lib_fs, …, h_lundi … h_samedi</c>) as a v1.0.2 row.
/// What the label itself guarantees is filled in: free help with administrative procedures, information and orientation.
/// </summary>
public static partial class TraducteurFranceServices
{
    public const string PrefixeIdentifiant = "france-services-";
    public const string Source = "France Services (ANCT)";

    public static LigneLue? Traduire(LigneLue ligne, RapportImport rapport)
    {
        var cellules = HorairesFranceServices.Colonnes.Keys
            .Where(c => ligne.Valeurs.ContainsKey(c))
            .ToDictionary(c => c, c => ligne.Valeur(c));
        var horaires = HorairesFranceServices.Convertir(cellules);
        foreach (var erreur in horaires.Erreurs)
        {
            rapport.Rejeter(ligne.Numero, erreur.Champ, erreur.Message);
        }

        if (!horaires.EstValide)
        {
            return null;
        }

        var idFs = ligne.Valeur("id_fs");
        if (idFs is null)
        {
            rapport.Rejeter(ligne.Numero, "id_fs", "identifiant France Services vide");
            return null;
        }

        var date = ligne.Valeur("labellisation") is { } labellisation && DateLabellisation().Match(labellisation) is { Success: true } m
            && DateOnly.TryParseExact(m.Value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : ligne.Valeur("date_maj") ?? "";
        if (date.Length == 0)
        {
            rapport.Rejeter(ligne.Numero, "labellisation", "aucune date de mise à jour : la colonne « labellisation » (Espace labellisé JJ/MM/AAAA) est vide");
            return null;
        }

        var v1 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [ChampsStandard.Id] = PrefixeIdentifiant + idFs,
            [ChampsStandard.Pivot] = ChampsStandard.PivotInconnu,
            [ChampsStandard.Nom] = ligne.Valeur("lib_fs") ?? "",
            [ChampsStandard.Commune] = ligne.Valeur("lib_com") ?? "",
            [ChampsStandard.CodePostal] = ligne.Valeur("code_postal") ?? "",
            [ChampsStandard.CodeInsee] = ligne.Valeur("insee_com") ?? "",
            [ChampsStandard.Adresse] = ligne.Valeur("adresse") ?? "",
            [ChampsStandard.ComplementAdresse] = ligne.Valeur("complement_adresse") ?? "",
            [ChampsStandard.Latitude] = ligne.Valeur("latitude") ?? "",
            [ChampsStandard.Longitude] = ligne.Valeur("longitude") ?? "",
            [ChampsStandard.Telephone] = ligne.Valeur("telephone") ?? "",
            [ChampsStandard.Courriels] = ligne.Valeur("mail") ?? "",
            [ChampsStandard.Horaires] = horaires.Horaires?.Texte ?? "",
            [ChampsStandard.PresentationDetail] = ligne.Valeur("commentaire") ?? "",
            [ChampsStandard.Source] = Source,
            [ChampsStandard.Itinerance] = ligne.Valeur("itinerance") is "Oui" or "oui" ? "Itinérant" : "Fixe",
            [ChampsStandard.StructureParente] = ligne.Valeur("groupe") ?? "",
            [ChampsStandard.DateMaj] = date,
            [ChampsStandard.Services] = "Aide aux démarches administratives",
            [ChampsStandard.FraisACharge] = "Gratuit",
            [ChampsStandard.DispositifProgrammesNationaux] = "France Services",
        };
        return new LigneLue(ligne.Numero, v1);
    }

    /// <summary>Every France Services desk informs and orients people: a PorTReA service with no national equivalent.</summary>
    public static void AjouterInformationOrientation(Lieu lieu)
    {
        lieu.Services.Insert(0, new ServiceLieu
        {
            Nom = CorrespondanceBesoins.ServiceInformationOrientation,
            Categorie = CategorieBesoin.EtreInformeOriente,
            Format = FormatService.Individuel,
            Tarif = "Gratuit",
        });

        // The desk's hours are those of its services: the PorTReA schedule per weekday follows them.
        foreach (var service in lieu.Services)
        {
            service.Format = FormatService.Individuel;
            service.Creneaux = HorairesImport.Creneaux(lieu.Horaires);
        }
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}")]
    private static partial Regex DateLabellisation();
}
