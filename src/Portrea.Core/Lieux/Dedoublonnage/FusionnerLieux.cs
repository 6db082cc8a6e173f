using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Dedoublonnage;

/// <summary>
/// Merges a duplicate into the place that was known first: the known place keeps its values, fills its empty fields
/// from the duplicate, gains the duplicate's multi-values and services, keeps the latest update date, and records the
/// duplicate's identifier so that importing the same file again finds the same merge.
/// </summary>
public static class FusionnerLieux
{
    public static void Fusionner(Lieu cible, Lieu doublon)
    {
        cible.Pivot ??= doublon.Pivot;
        cible.CodeInsee ??= doublon.CodeInsee;
        cible.ComplementAdresse ??= doublon.ComplementAdresse;
        if (cible.Latitude is null && doublon.Latitude is not null)
        {
            (cible.Latitude, cible.Longitude) = (doublon.Latitude, doublon.Longitude);
        }

        cible.Telephone ??= doublon.Telephone;
        cible.Horaires ??= doublon.Horaires;
        cible.PresentationResume ??= doublon.PresentationResume;
        cible.PresentationDetail ??= doublon.PresentationDetail;
        cible.Source ??= doublon.Source;
        cible.StructureParente ??= doublon.StructureParente;
        cible.AutresFormationsLabels ??= doublon.AutresFormationsLabels;
        cible.FicheAccesLibre ??= doublon.FicheAccesLibre;
        cible.PriseRdv ??= doublon.PriseRdv;
        cible.Structure ??= doublon.Structure;
        if (doublon.DateMaj > cible.DateMaj)
        {
            cible.DateMaj = doublon.DateMaj;
        }

        cible.Typologie = Union(cible.Typologie, doublon.Typologie, ValeursStandard.Typologies);
        cible.Courriels = Union(cible.Courriels, doublon.Courriels, null);
        cible.SiteWeb = Union(cible.SiteWeb, doublon.SiteWeb, null);
        cible.Itinerance = Union(cible.Itinerance, doublon.Itinerance, ValeursStandard.Itinerance);
        cible.PublicsSpecifiquementAdresses = Union(cible.PublicsSpecifiquementAdresses, doublon.PublicsSpecifiquementAdresses, ValeursStandard.PublicsSpecifiquementAdresses);
        cible.PriseEnChargeSpecifique = Union(cible.PriseEnChargeSpecifique, doublon.PriseEnChargeSpecifique, ValeursStandard.PriseEnChargeSpecifique);
        cible.FraisACharge = Union(cible.FraisACharge, doublon.FraisACharge, ValeursStandard.FraisACharge);
        cible.DispositifProgrammesNationaux = Union(cible.DispositifProgrammesNationaux, doublon.DispositifProgrammesNationaux, ValeursStandard.DispositifProgrammesNationaux);
        cible.FormationsLabels = Union(cible.FormationsLabels, doublon.FormationsLabels, ValeursStandard.FormationsLabels);
        cible.ModalitesAcces = Union(cible.ModalitesAcces, doublon.ModalitesAcces, ValeursStandard.ModalitesAcces);
        cible.ModalitesAccompagnement = Union(cible.ModalitesAccompagnement, doublon.ModalitesAccompagnement, ValeursStandard.ModalitesAccompagnement);
        cible.Equipements = Union(cible.Equipements, doublon.Equipements, null);
        foreach (var service in doublon.Services)
        {
            if (!cible.Services.Any(s => s.Categorie == service.Categorie && s.Nom == service.Nom))
            {
                cible.Services.Add(service);
            }
        }

        foreach (var contact in doublon.Contacts)
        {
            if (!cible.Contacts.Any(c => c.Nom == contact.Nom && c.Courriel == contact.Courriel && c.Telephone == contact.Telephone))
            {
                cible.Contacts.Add(contact);
            }
        }

        var absorbes = new[] { doublon.Identifiant }.Concat(Decouper(doublon.IdentifiantsFusionnes)).Where(i => i != cible.Identifiant);
        cible.IdentifiantsFusionnes = Union(cible.IdentifiantsFusionnes, string.Join('|', absorbes), null);
    }

    public static string[] Decouper(string valeur) => valeur.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string Union(string a, string b, IReadOnlyList<string>? ordre)
    {
        var valeurs = Decouper(a).Concat(Decouper(b)).Distinct();
        if (ordre is not null)
        {
            valeurs = valeurs.OrderBy(v => Index(ordre, v));
        }

        return string.Join('|', valeurs);
    }

    private static int Index(IReadOnlyList<string> liste, string valeur)
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
