using System.Text.Json;

namespace Portrea.Core.Demarche;

/// <summary>
/// What the PorTReA documents say about running the method in an EPCI — phases and their observed durations,
/// maturity factors, strategies with their supports and workloads, logistics, invitation template — as data: the
/// embedded <c>referentiel-demarche.json</c>, or the file named by <c>Portrea:Demarche:Referentiel</c>. Checked at
/// load, so that a typo fails at start rather than silently changing a recommendation.
/// </summary>
public sealed record ReferentielDemarche(
    string Source,
    int PreavisMinimumJours,
    Fourchette TailleGroupes,
    IReadOnlyList<DefinitionPhase> Phases,
    IReadOnlyList<FacteurMaturite> FacteursMaturite,
    IReadOnlyList<string> NiveauxMaturite,
    IReadOnlyList<SupportDemarche> Supports,
    IReadOnlyList<DefinitionStrategie> Strategies,
    IReadOnlyList<ElementLogistique> Logistique,
    IReadOnlyList<RoleAnimateur> Animateurs,
    ModeleInvitation Invitation)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReferentielDemarche Integre()
    {
        using var flux = typeof(ReferentielDemarche).Assembly.GetManifestResourceStream("referentiel-demarche.json")
            ?? throw new InvalidOperationException("Référentiel de la démarche absent de l'assemblage.");
        return Lire(flux);
    }

    public static ReferentielDemarche Lire(Stream flux)
    {
        var referentiel = JsonSerializer.Deserialize<ReferentielDemarche>(flux, Json)
            ?? throw new FormatException("Référentiel de la démarche vide.");
        referentiel.Verifier();
        return referentiel;
    }

    public DefinitionPhase Phase(PhaseDemarche phase) => Phases.Single(p => p.Code == phase.Code());

    public DefinitionStrategie? Strategie(string? code) => Strategies.FirstOrDefault(s => s.Code == code);

    public SupportDemarche? Support(string code) => Supports.FirstOrDefault(s => s.Code == code);

    public DefinitionStrategie StrategieParDefaut => Strategies.Single(s => s.ParDefaut);

    public RoleAnimateur Animateur(string code) => Animateurs.Single(a => a.Code == code);

    private void Verifier()
    {
        var erreurs = new List<string>();
        var attendues = Enum.GetValues<PhaseDemarche>().Select(p => p.Code()).ToList();
        if (!Phases.Select(p => p.Code).SequenceEqual(attendues))
        {
            erreurs.Add($"les phases doivent être, dans l'ordre : {string.Join(", ", attendues)}");
        }

        foreach (var phase in Phases.Where(p => p.DureeSemaines is { } d && (d.Min < 0 || d.Max < d.Min)))
        {
            erreurs.Add($"durée incohérente pour la phase {phase.Code}");
        }

        var facteurs = FacteursMaturite.Select(f => f.Code).ToHashSet();
        foreach (var strategie in Strategies)
        {
            erreurs.AddRange(strategie.Supports.Where(s => Supports.All(x => x.Code != s)).Select(s => $"{strategie.Code} : support inconnu « {s} »"));
            erreurs.AddRange(strategie.Conditions.Keys.Where(f => !facteurs.Contains(f)).Select(f => $"{strategie.Code} : facteur inconnu « {f} »"));
            erreurs.AddRange(strategie.Conditions.Where(c => c.Value < 0 || c.Value >= NiveauxMaturite.Count).Select(c => $"{strategie.Code} : niveau hors échelle pour « {c.Key} »"));
            if (strategie.Deroule is not { Count: > 0 })
            {
                erreurs.Add($"{strategie.Code} : déroulé de la journée absent");
            }

            foreach (var sequence in strategie.Deroule ?? [])
            {
                if (sequence.DureeMinutes <= 0)
                {
                    erreurs.Add($"{strategie.Code} : durée nulle ou négative pour « {sequence.Titre} »");
                }

                if ((Animateurs ?? []).All(a => a.Code != sequence.Animateur))
                {
                    erreurs.Add($"{strategie.Code} : animateur inconnu « {sequence.Animateur} » pour « {sequence.Titre} »");
                }
            }

            if (strategie.ChargeReferentJours.Max < strategie.ChargeReferentJours.Min || strategie.ChargeChargeDeploiementJours.Max < strategie.ChargeChargeDeploiementJours.Min)
            {
                erreurs.Add($"{strategie.Code} : fourchette de charge incohérente");
            }
        }

        if (!Strategies.Select(s => s.Code).Order().SequenceEqual(["generaliste", "outil", "reseau"]))
        {
            erreurs.Add("les stratégies doivent être generaliste, outil et reseau");
        }

        if (Strategies.Count(s => s.ParDefaut) != 1)
        {
            erreurs.Add("une et une seule stratégie doit être « parDefaut »");
        }

        if (TailleGroupes.Min < 2 || TailleGroupes.Max < TailleGroupes.Min)
        {
            erreurs.Add("taille des groupes incohérente");
        }

        if (erreurs.Count > 0)
        {
            throw new FormatException("Référentiel de la démarche invalide : " + string.Join(" ; ", erreurs) + ".");
        }
    }
}

public sealed record Fourchette(int Min, int Max)
{
    public string Texte(string unite) => Min == Max ? $"{Min} {unite}" : $"{Min} à {Max} {unite}";
}

public sealed record DefinitionPhase(string Code, string Libelle, string Description, string ProchaineEtape, Fourchette? DureeSemaines);

public sealed record FacteurMaturite(string Code, string Libelle, string Question);

public sealed record SupportDemarche(string Code, string Libelle, string Usage, string? Lien)
{
    public string? LienPour(string siren) => Lien?.Replace("{siren}", siren, StringComparison.Ordinal);
}

public sealed record DefinitionStrategie(
    string Code,
    string Libelle,
    string PourQui,
    string Accompagnement,
    IReadOnlyList<string> Supports,
    Fourchette ChargeReferentJours,
    Fourchette ChargeChargeDeploiementJours,
    string NoteCharge,
    IReadOnlyDictionary<string, int> Conditions,
    bool ParDefaut,
    IReadOnlyList<SequenceAnimation> Deroule);

/// <summary>One timed sequence of the collaborative day; <see cref="Animateur"/> is a code of <see cref="ReferentielDemarche.Animateurs"/>.</summary>
public sealed record SequenceAnimation(int DureeMinutes, string Titre, string Objectif, string Animateur, string Materiel);

/// <summary>One of the day's facilitators (the method asks for two) or both together, with what they do.</summary>
public sealed record RoleAnimateur(string Code, string Libelle, string Role);

public sealed record ElementLogistique(string Code, string Libelle);

public sealed record ModeleInvitation(string Sujet, string Corps);
