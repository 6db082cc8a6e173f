using Portrea.Core.Lieux;

namespace Portrea.Core.Orientation;

/// <summary>
/// Maps the person's situation to the standard's « publics spécifiquement adressés », « prise en charge spécifique »,
/// labels, equipment and accompaniment modes. Publics are "specifically addressed", not exclusive: a place that names
/// no public, or others, still welcomes seniors and young people, so those two only ever add a reason.
/// </summary>
internal static class EvaluerSituation
{
    public static void Evaluer(Situation situation, Lieu lieu, IReadOnlyList<ServiceLieu> services, List<string> raisons, List<string> manques, List<string> inconnus)
    {
        var publics = EvaluerLieu.Liste(lieu.PublicsSpecifiquementAdresses).Concat(services.SelectMany(s => EvaluerLieu.Liste(s.Publics))).ToHashSet();
        var prises = EvaluerLieu.Liste(lieu.PriseEnChargeSpecifique).ToHashSet();
        switch (situation)
        {
            case Situation.Senior when publics.Contains("Seniors"):
                raisons.Add("Accueil adapté aux seniors");
                break;
            case Situation.Jeune when publics.Contains("Jeunes") || publics.Contains("Étudiants"):
                raisons.Add("Accueil adapté aux jeunes");
                break;
            case Situation.Senior or Situation.Jeune:
                break;
            case Situation.Sourd:
                PriseEnCharge(prises.Contains("Surdité"), "Accueil adapté aux personnes sourdes ou malentendantes", raisons, manques);
                break;
            case Situation.Malvoyant:
                PriseEnCharge(prises.Contains("Déficience visuelle"), "Accueil adapté aux personnes aveugles ou malvoyantes", raisons, manques);
                break;
            case Situation.Illettrisme:
                PriseEnCharge(
                    prises.Contains("Illettrisme") || EvaluerLieu.Liste(lieu.FormationsLabels).Contains("Formé à « DUPLEX » (illettrisme)"),
                    "Accueil adapté aux personnes en difficulté avec l'écrit", raisons, manques);
                break;
            case Situation.LangueEtrangere:
                PriseEnCharge(prises.Any(p => p.StartsWith("Langues étrangères", StringComparison.Ordinal)), "Accueil en langue étrangère", raisons, manques);
                break;
            case Situation.SansOrdinateur:
                SansOrdinateur(lieu, raisons, manques, inconnus);
                break;
            case Situation.Accompagnement:
                Accompagnement(lieu, services, raisons, manques, inconnus);
                break;
        }
    }

    /// <summary>
    /// Specific care is a declared capability: when a place does not declare it, the person cannot count on it,
    /// so it is a miss, worded as « non signalé » rather than « absent ».
    /// </summary>
    private static void PriseEnCharge(bool declaree, string libelle, List<string> raisons, List<string> manques)
    {
        if (declaree)
        {
            raisons.Add(libelle);
        }
        else
        {
            manques.Add(libelle + " : non signalé");
        }
    }

    private static void SansOrdinateur(Lieu lieu, List<string> raisons, List<string> manques, List<string> inconnus)
    {
        var modes = EvaluerLieu.Liste(lieu.ModalitesAccompagnement).ToList();
        if (EvaluerLieu.Liste(lieu.Equipements).Contains(Equipements.OrdinateursLibreAcces)
            || lieu.Services.Any(s => s.Categorie == CategorieBesoin.AccederMaterielReseau))
        {
            raisons.Add("Ordinateurs à disposition sur place");
        }
        else if (modes is ["À distance"])
        {
            manques.Add("Accompagnement à distance seulement (demande un ordinateur ou un téléphone)");
        }
        else
        {
            inconnus.Add("Ordinateurs en accès libre non signalés");
        }
    }

    private static void Accompagnement(Lieu lieu, IReadOnlyList<ServiceLieu> services, List<string> raisons, List<string> manques, List<string> inconnus)
    {
        var modes = EvaluerLieu.Liste(lieu.ModalitesAccompagnement).ToList();
        if (EvaluerLieu.Liste(lieu.DispositifProgrammesNationaux).Contains("Aidants Connect"))
        {
            raisons.Add("Aidants Connect : un aidant habilité peut faire la démarche pour la personne");
        }

        if (modes.Contains("Accompagnement individuel") || services.Any(s => s.Format is FormatService.Individuel or FormatService.LesDeux))
        {
            raisons.Add("Accompagnement individuel");
        }
        else if (raisons.Any(r => r.StartsWith("Aidants Connect", StringComparison.Ordinal)))
        {
            return;
        }
        else if (modes.Count > 0 || services.Any(s => s.Format == FormatService.Atelier))
        {
            manques.Add("Pas d'accompagnement individuel signalé (" + (modes.Count > 0 ? string.Join(", ", modes).ToLowerInvariant() : "ateliers collectifs") + ")");
        }
        else
        {
            inconnus.Add("Type d'accompagnement non renseigné");
        }
    }
}
