using System.Globalization;
using System.Text;

namespace Portrea.Core.Lieux.Import;

/// <summary>Everything an import can change on a place, as one string: equal fingerprints mean nothing to write.</summary>
public static class EmpreinteLieu
{
    public static string Calculer(Lieu l)
    {
        var texte = new StringBuilder();
        void A(object? valeur) => texte.Append(Convert.ToString(valeur, CultureInfo.InvariantCulture)).Append('\u001f');
        A(l.Identifiant); A(l.Pivot); A(l.Nom); A(l.Commune); A(l.CodePostal); A(l.CodeInsee); A(l.Adresse); A(l.ComplementAdresse);
        A(l.Latitude); A(l.Longitude); A(l.Typologie); A(l.Telephone); A(l.Courriels); A(l.SiteWeb); A(l.Horaires);
        A(l.PresentationResume); A(l.PresentationDetail); A(l.Source); A(l.Itinerance); A(l.StructureParente); A(l.DateMaj);
        A(l.PublicsSpecifiquementAdresses); A(l.PriseEnChargeSpecifique); A(l.FraisACharge); A(l.DispositifProgrammesNationaux);
        A(l.FormationsLabels); A(l.AutresFormationsLabels); A(l.ModalitesAcces); A(l.ModalitesAccompagnement); A(l.FicheAccesLibre);
        A(l.PriseRdv); A(l.CommuneCode); A(l.Rattachement); A(l.Equipements); A(l.IdentifiantsFusionnes); A(l.Structure?.Pivot);
        foreach (var s in l.Services)
        {
            A(s.Categorie); A(s.Nom); A(s.ServiceNational); A(s.Format); A(s.Publics); A(s.Tarif); A(s.Creneaux.Count);
        }

        foreach (var c in l.Contacts)
        {
            A(c.Nom); A(c.Courriel); A(c.Telephone); A(c.Public);
        }

        return texte.ToString();
    }
}
