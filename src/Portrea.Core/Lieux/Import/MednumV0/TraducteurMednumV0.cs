using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Import.MednumV0;

/// <summary>Rewrites a row of the legacy v0 vocabulary as a v1.0.2 row; terms with no v1 equivalent are rejected with their reason.</summary>
public static class TraducteurMednumV0
{
    public static LigneLue? Traduire(LigneLue ligne, RapportImport rapport)
    {
        var erreurs = 0;
        var v1 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cle, valeur) in ligne.Valeurs)
        {
            v1[cle] = valeur;
        }

        void Ajouter(string champ, string valeur)
        {
            var existant = v1.GetValueOrDefault(champ, "");
            var valeurs = LecteurMednumV1Decouper(existant);
            if (!valeurs.Contains(valeur))
            {
                valeurs.Add(valeur);
            }

            v1[champ] = string.Join('|', valeurs);
        }

        v1[ChampsStandard.Services] = "";
        foreach (var service in Decouper(ligne.Valeur("services")))
        {
            var nouveau = CorrespondancesV0.Services.GetValueOrDefault(CorrespondancesV0.Cle(service))
                ?? ValeursStandard.Services.FirstOrDefault(s => CorrespondancesV0.Cle(s) == CorrespondancesV0.Cle(service));
            if (nouveau is not null)
            {
                Ajouter(ChampsStandard.Services, nouveau);
            }
            else
            {
                rapport.Rejeter(ligne.Numero, "services", $"service v0 inconnu « {service} » : aucun des 15 services v0 ni des 9 services v1");
                erreurs++;
            }
        }

        foreach (var publicAccueilli in Decouper(ligne.Valeur("publics_accueillis")))
        {
            var cle = CorrespondancesV0.Cle(publicAccueilli);
            var trouve = CorrespondancesV0.Publics.FirstOrDefault(kv => cle == kv.Key || cle.StartsWith(kv.Key + " ", StringComparison.Ordinal) || cle.StartsWith(kv.Key + ":", StringComparison.Ordinal));
            if (trouve.Key is null)
            {
                rapport.Rejeter(ligne.Numero, "publics_accueillis", $"public v0 inconnu « {publicAccueilli} »");
                erreurs++;
            }
            else if (trouve.Value.Champ is { } champ)
            {
                Ajouter(champ, trouve.Value.Valeur!);
            }
        }

        foreach (var condition in Decouper(ligne.Valeur("conditions_acces") ?? ligne.Valeur("conditions_access")))
        {
            if (CorrespondancesV0.Conditions.TryGetValue(CorrespondancesV0.Cle(condition), out var frais))
            {
                Ajouter(ChampsStandard.FraisACharge, frais);
            }
            else
            {
                rapport.Rejeter(ligne.Numero, "conditions_acces", $"condition d'accès v0 inconnue « {condition} »");
                erreurs++;
            }
        }

        var autres = new List<string>();
        foreach (var label in Decouper(ligne.Valeur("labels_nationaux")))
        {
            if (CorrespondancesV0.Labels.TryGetValue(CorrespondancesV0.Cle(label), out var cible))
            {
                Ajouter(cible.Champ, cible.Valeur);
            }
            else
            {
                autres.Add(label);
            }
        }

        autres.AddRange(Decouper(ligne.Valeur("labels_autres")));
        if (autres.Count > 0)
        {
            v1[ChampsStandard.AutresFormationsLabels] = string.Join(", ", autres);
        }

        if (ligne.Valeur(ChampsStandard.ModalitesAccompagnement) is { } modalites)
        {
            v1[ChampsStandard.ModalitesAccompagnement] = "";
            foreach (var modalite in Decouper(modalites))
            {
                if (CorrespondancesV0.Accompagnement.TryGetValue(CorrespondancesV0.Cle(modalite), out var nouvelle))
                {
                    Ajouter(ChampsStandard.ModalitesAccompagnement, nouvelle);
                }
                else
                {
                    rapport.Rejeter(ligne.Numero, ChampsStandard.ModalitesAccompagnement, $"modalité d'accompagnement v0 inconnue « {modalite} »");
                    erreurs++;
                }
            }
        }

        if (ligne.Valeur("courriel") is { } courriel && ligne.Valeur(ChampsStandard.Courriels) is null)
        {
            v1[ChampsStandard.Courriels] = string.Join('|', Decouper(courriel));
        }

        if (ligne.Valeur(ChampsStandard.SiteWeb) is { } sites)
        {
            v1[ChampsStandard.SiteWeb] = string.Join('|', Decouper(sites));
        }

        // v0 files often leave the pivot out: the standard's "unknown" value keeps the row.
        if (ligne.Valeur(ChampsStandard.Pivot) is null)
        {
            v1[ChampsStandard.Pivot] = ChampsStandard.PivotInconnu;
        }

        if (ligne.Valeur(ChampsStandard.Typologie) is { } typologie)
        {
            v1[ChampsStandard.Typologie] = string.Join('|', Decouper(typologie));
        }

        return erreurs == 0 ? new LigneLue(ligne.Numero, v1) : null;
    }

    /// <summary>v0 files separate multiple values with ';', ',' or '|'.</summary>
    public static List<string> Decouper(string? valeur) =>
        valeur is null ? [] : [.. valeur.Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private static List<string> LecteurMednumV1Decouper(string valeur) =>
        [.. valeur.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
