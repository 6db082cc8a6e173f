using System.Globalization;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Orientation;

/// <summary>
/// Checks one place against every criterion of a request. Each criterion ends in one of three lists: a reason
/// (known to fit), a miss (known not to fit) or « non renseigné » (the data does not say). Absent data is never a miss.
/// </summary>
public static class EvaluerLieu
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>What the ranking needs: the three lists and the fee, without the display fields.</summary>
    internal sealed record Criteres(
        Lieu Lieu, double DistanceKm, bool DistanceApprochee, List<ServiceLieu> Services,
        List<string> Raisons, List<string> Manques, List<string> NonRenseignes, string? Tarif);

    public static LieuPropose Evaluer(Lieu lieu, DemandeOrientation demande, double distanceKm, bool distanceApprochee, DateTime maintenant) =>
        Completer(EvaluerCriteres(lieu, demande, distanceKm, distanceApprochee, maintenant), demande, maintenant);

    internal static Criteres EvaluerCriteres(Lieu lieu, DemandeOrientation demande, double distanceKm, bool distanceApprochee, DateTime maintenant)
    {
        var raisons = new List<string>();
        var manques = new List<string>();
        var inconnus = new List<string>();
        var services = ServicesRetenus(lieu, demande, raisons, manques);

        raisons.Add(Distance(distanceKm, distanceApprochee));
        if (demande.Disponibilites.Count > 0)
        {
            Disponibilites(lieu, services, demande.Disponibilites, maintenant, raisons, manques, inconnus);
        }

        foreach (var situation in demande.Situations.Order())
        {
            EvaluerSituation.Evaluer(situation, lieu, services, raisons, manques, inconnus);
        }

        var tarif = Tarif(lieu, services);
        if (demande.PeutPayer == false)
        {
            switch (tarif)
            {
                case null: inconnus.Add("Tarif non renseigné"); break;
                case "Payant": manques.Add("Payant"); break;
                default: raisons.Add(tarif); break;
            }
        }

        return new Criteres(lieu, distanceKm, distanceApprochee, services, [.. raisons.Distinct()], manques, [.. inconnus.Distinct()], tarif);
    }

    /// <summary>
    /// Adds what the person needs to know (hours in French, next opening, access, what to bring). Done only for the
    /// places shown: rendering hours is the costly part, and a wide radius evaluates thousands of places.
    /// </summary>
    internal static LieuPropose Completer(Criteres c, DemandeOrientation demande, DateTime maintenant)
    {
        var lieu = c.Lieu;
        var osm = lieu.Horaires is not null && HorairesOsm.TryAnalyser(lieu.Horaires, out var h, out _) ? h : null;
        var plannings = c.Services.Where(s => s.Creneaux.Count > 0).Select(s => (s.Nom, Osm: s.Planning().ToOsm())).ToList();
        var sources = plannings.Count > 0 ? plannings.Select(p => p.Osm) : osm is null ? [] : [osm];
        return new LieuPropose(
            lieu, c.DistanceKm, c.DistanceApprochee, c.Raisons, c.Manques, c.NonRenseignes,
            AApporter(demande.Service),
            AccesLieu.Decrire(lieu),
            osm?.EnFrancais() ?? "horaires non renseignés",
            [.. plannings.Where(p => !p.Osm.Equals(osm)).Select(p => $"{p.Nom} : {p.Osm.EnFrancais()}").Distinct()],
            ProchaineOuverture.Decrire(sources, maintenant),
            c.Tarif);
    }

    /// <summary>The place's services in the requested need, narrowed to those that answer the precise service when some do.</summary>
    private static List<ServiceLieu> ServicesRetenus(Lieu lieu, DemandeOrientation demande, List<string> raisons, List<string> manques)
    {
        var duBesoin = lieu.Services.Where(s => s.Categorie == demande.Besoin).ToList();
        if (duBesoin.Count == 0)
        {
            // Only an orientation sheet opened on any place gets here: the ranking reads only places offering the need.
            manques.Add($"Ne propose pas : {Minuscule(demande.Besoin.Libelle())}");
            return duBesoin;
        }

        if (demande.Service is not { } precis)
        {
            raisons.Add($"Propose : {Minuscule(demande.Besoin.Libelle())}");
            return duBesoin;
        }

        if (precis.SeulementLaCategorie && duBesoin.Count > 0)
        {
            raisons.Add($"Propose : {precis.Propose}");
            return duBesoin;
        }

        var parService = duBesoin.Where(s => (s.ServiceNational is { } n && precis.ServicesNationaux.Contains(n))
            || precis.NomsServices.Contains(s.Nom, StringComparer.OrdinalIgnoreCase)).ToList();
        var dispositifs = Liste(lieu.DispositifProgrammesNationaux).Intersect(precis.Dispositifs)
            .Concat(Liste(lieu.FormationsLabels).Intersect(precis.Formations)).ToList();
        var equipements = Liste(lieu.Equipements).Intersect(precis.Equipements).Select(e => Equipements.Libelles.GetValueOrDefault(e, e)).ToList();
        if (dispositifs.Count > 0)
        {
            raisons.Add($"Propose : {precis.Propose} ({string.Join(", ", dispositifs)})");
        }

        if (equipements.Count > 0)
        {
            raisons.Add($"Propose : {precis.Propose} ({string.Join(", ", equipements).ToLower(Francais)})");
        }

        if (dispositifs.Count == 0 && equipements.Count == 0)
        {
            if (parService.Count > 0)
            {
                raisons.Add($"Propose : {string.Join(", ", parService.Select(s => Minuscule(s.ServiceNational ?? s.Nom)).Distinct())}");
            }
            else
            {
                raisons.Add($"Propose : {Minuscule(demande.Besoin.Libelle())}");
                manques.Add($"Ne signale pas le service précis « {precis.Libelle} »");
            }
        }

        return parService.Count > 0 ? parService : duBesoin;
    }

    private static void Disponibilites(
        Lieu lieu, List<ServiceLieu> services, IReadOnlyList<Disponibilite> disponibilites, DateTime maintenant,
        List<string> raisons, List<string> manques, List<string> inconnus)
    {
        var etats = EvaluerDisponibilites.Evaluer(lieu, services, disponibilites, maintenant);
        var ouverts = etats.Where(e => e.Etat == EvaluerDisponibilites.Etat.Ouvert).ToList();
        if (ouverts.Count > 0)
        {
            raisons.Add("Ouvert " + Joindre(ouverts.Select(e => e.Disponibilite.EnFrancais + (e.Precision is { } p ? $" ({p})" : ""))));
            return;
        }

        var inconnusDuLieu = etats.Where(e => e.Etat == EvaluerDisponibilites.Etat.Inconnu).ToList();
        if (inconnusDuLieu.Count > 0)
        {
            var precisions = inconnusDuLieu.Select(e => e.Precision).OfType<string>().Distinct().ToList();
            inconnus.Add(precisions is ["horaires non renseignés"] ? "Horaires non renseignés" : "Ouverture à vos disponibilités à confirmer (" + string.Join(", ", precisions) + ")");
            return;
        }

        manques.Add("Fermé à vos disponibilités (" + string.Join(", ", etats.Select(e => e.Disponibilite.EnFrancais[3..])) + ")");
    }

    /// <summary>The fee of the services that answer the need when given, else the place's: the most favourable stated value.</summary>
    private static string? Tarif(Lieu lieu, List<ServiceLieu> services)
    {
        var tarifs = services.Select(s => s.Tarif).OfType<string>().ToList();
        if (tarifs.Count == 0)
        {
            tarifs = [.. Liste(lieu.FraisACharge)];
        }

        return tarifs.Contains("Gratuit") ? "Gratuit" : tarifs.Contains("Gratuit sous condition") ? "Gratuit sous condition"
            : tarifs.Contains("Payant") ? "Payant" : null;
    }

    private static IReadOnlyList<string> AApporter(ServicePrecis? service) =>
        service?.AApporter ?? ["Une pièce d'identité", "Les identifiants et mots de passe des comptes en ligne concernés, s'ils existent", "Les courriers ou documents liés à la démarche"];

    private static string Distance(double km, bool approchee)
    {
        var texte = km < 0.1 ? "À moins de 100 m" : km < 10 ? $"À {km.ToString("0.0", Francais)} km" : $"À {km.ToString("0", Francais)} km";
        return approchee ? texte.Replace("À ", "À environ ", StringComparison.Ordinal) + " (position du lieu non renseignée : centre de sa commune)" : texte;
    }

    internal static IEnumerable<string> Liste(string valeurs) => valeurs.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string Joindre(IEnumerable<string> elements)
    {
        var liste = elements.ToList();
        return liste.Count == 1 ? liste[0] : $"{string.Join(", ", liste.SkipLast(1))} et {liste[^1]}";
    }

    private static string Minuscule(string texte) => texte.Length == 0 ? texte : char.ToLower(texte[0], Francais) + texte[1..];
}
