using Portrea.Core.Lieux.Dedoublonnage;

namespace Portrea.Core.Lieux.Import;

/// <summary>
/// Applies a newer row of the same place (same identifier). A place built from one source takes the row's values;
/// a place that merged several sources keeps what the others brought, so that one source cannot erase another.
/// PorTReA-only data (equipment, contacts, services without a national equivalent) is never erased by a standard file.
/// </summary>
public static class MettreAJourLieu
{
    public static void Appliquer(Lieu connu, Lieu lu)
    {
        if (connu.IdentifiantsFusionnes.Length > 0)
        {
            FusionnerLieux.Fusionner(connu, Sans(lu, connu));
            return;
        }

        connu.Pivot = lu.Pivot;
        connu.Nom = lu.Nom;
        connu.Commune = lu.Commune;
        connu.CodePostal = lu.CodePostal;
        connu.CodeInsee = lu.CodeInsee;
        connu.Adresse = lu.Adresse;
        connu.ComplementAdresse = lu.ComplementAdresse;
        connu.Latitude = lu.Latitude;
        connu.Longitude = lu.Longitude;
        connu.Typologie = lu.Typologie;
        connu.Telephone = lu.Telephone;
        connu.Courriels = lu.Courriels;
        connu.SiteWeb = lu.SiteWeb;
        connu.Horaires = lu.Horaires;
        connu.PresentationResume = lu.PresentationResume;
        connu.PresentationDetail = lu.PresentationDetail;
        connu.Source = lu.Source;
        connu.Itinerance = lu.Itinerance;
        connu.StructureParente = lu.StructureParente;
        connu.DateMaj = lu.DateMaj;
        connu.PublicsSpecifiquementAdresses = lu.PublicsSpecifiquementAdresses;
        connu.PriseEnChargeSpecifique = lu.PriseEnChargeSpecifique;
        connu.FraisACharge = lu.FraisACharge;
        connu.DispositifProgrammesNationaux = lu.DispositifProgrammesNationaux;
        connu.FormationsLabels = lu.FormationsLabels;
        connu.AutresFormationsLabels = lu.AutresFormationsLabels;
        connu.ModalitesAcces = lu.ModalitesAcces;
        connu.ModalitesAccompagnement = lu.ModalitesAccompagnement;
        connu.FicheAccesLibre = lu.FicheAccesLibre;
        connu.PriseRdv = lu.PriseRdv;
        connu.CommuneCode = lu.CommuneCode;
        connu.Rattachement = lu.Rattachement;
        if (connu.Structure?.Pivot != lu.Structure?.Pivot)
        {
            connu.Structure = lu.Structure;
        }

        if (lu.Equipements.Length > 0)
        {
            connu.Equipements = lu.Equipements;
        }

        RemplacerServices(connu, lu);
    }

    private static void RemplacerServices(Lieu connu, Lieu lu)
    {
        var cle = (ServiceLieu s) => (s.Categorie, s.Nom, s.ServiceNational);
        var voulus = lu.Services.Select(cle).ToHashSet();
        connu.Services.RemoveAll(s => s.ServiceNational is not null && !voulus.Contains(cle(s)));
        foreach (var service in lu.Services.Where(s => !connu.Services.Select(cle).Contains(cle(s))))
        {
            connu.Services.Add(service);
        }
    }

    private static Lieu Sans(Lieu lu, Lieu connu)
    {
        lu.Identifiant = connu.Identifiant;
        return lu;
    }
}
