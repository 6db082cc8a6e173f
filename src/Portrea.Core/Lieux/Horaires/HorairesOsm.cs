using System.Diagnostics.CodeAnalysis;

namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Opening hours in the OSM <c>opening_hours</c> syntax, as the national standard of places stores them in its
/// <c>horaires</c> field. Immutable; built only from valid text, which it keeps in canonical form.
/// Times are Europe/Paris wall-clock times.
/// </summary>
public sealed class HorairesOsm : IEquatable<HorairesOsm>
{
    private readonly List<RegleHoraire> regles;

    private HorairesOsm(List<RegleHoraire> regles)
    {
        this.regles = regles;
        Texte = string.Concat(regles.Select((r, i) => (i == 0 ? "" : r.Additionnelle ? ", " : "; ") + r));
    }

    /// <summary>Canonical text: English day and month names, <c>HH:MM</c> times, one space between selectors.</summary>
    public string Texte { get; }

    /// <summary>The comments of the rules ("sur rendez-vous"), in order.</summary>
    public IReadOnlyList<string> Commentaires => [.. regles.Select(r => r.Commentaire).OfType<string>()];

    /// <summary>True when some rules apply only on some dates (weeks, months, nth weekdays, public holidays), which the typical week leaves out.</summary>
    public bool ADesRestrictionsDeDate => regles.Any(r => r.ARestrictionDeDate);

    internal IReadOnlyList<RegleHoraire> Regles => regles;

    public static bool TryAnalyser(string? texte, [NotNullWhen(true)] out HorairesOsm? horaires, [NotNullWhen(false)] out string? erreur)
    {
        horaires = null;
        if (string.IsNullOrWhiteSpace(texte))
        {
            erreur = "Les horaires sont vides.";
            return false;
        }

        try
        {
            horaires = new HorairesOsm(AnalyseurHoraires.Analyser(texte));
            erreur = null;
            return true;
        }
        catch (FormatException e)
        {
            erreur = e.Message;
            return false;
        }
    }

    /// <exception cref="FormatException">The text is not valid or uses an unsupported construct; the message is French.</exception>
    public static HorairesOsm Analyser(string texte) =>
        TryAnalyser(texte, out var horaires, out var erreur) ? horaires : throw new FormatException(erreur);

    /// <summary>Builds hours from a typical week, grouping days with identical ranges (<c>Mo-Fr 09:00-12:00; Sa 09:00-12:00</c>).</summary>
    public static HorairesOsm DepuisSemaine(SemaineHoraire semaine)
    {
        ArgumentNullException.ThrowIfNull(semaine);
        if (semaine.EstFermee)
        {
            return Analyser("off");
        }

        var groupes = semaine.JoursOuverts
            .GroupBy(j => string.Join(",", semaine[j]))
            .Select(g => $"{new SelecteurJours(g.ToHashSet(), new Dictionary<DayOfWeek, IReadOnlyList<int>>(), false)} {g.Key}");
        return Analyser(string.Join("; ", groupes));
    }

    public bool EstOuvert(DateTime heureLocale) => Etat(heureLocale) == EtatOuverture.Ouvert;

    public bool EstOuvert(DateTimeOffset instant) => EstOuvert(HeureDeParis.Depuis(instant));

    public EtatOuverture Etat(DateTime heureLocale)
    {
        var jour = DateOnly.FromDateTime(heureLocale);
        var minute = (heureLocale.Hour * 60) + heureLocale.Minute;
        var (plages, inconnu) = EvaluationHoraires.PlagesDuJour(regles, jour.DayOfWeek, jour);
        return plages.Any(p => p.Contient(minute)) ? EtatOuverture.Ouvert : inconnu ? EtatOuverture.Inconnu : EtatOuverture.Ferme;
    }

    /// <summary>The opening ranges of a calendar day, merged and sorted, including a range started the evening before.</summary>
    public IReadOnlyList<PlageHoraire> PlagesDuJour(DateOnly jour) => EvaluationHoraires.PlagesDuJour(regles, jour.DayOfWeek, jour).Plages;

    /// <summary>The typical week: only the rules that hold every week of the year (no week, month, nth weekday or holiday restriction).</summary>
    public SemaineHoraire SemaineType() => new(SemaineHoraire.JoursDansLOrdre.ToDictionary(
        j => j,
        j => (IReadOnlyList<PlageHoraire>)EvaluationHoraires.PlagesDuJour(regles, j, null).Plages));

    /// <summary>Opening hours of the typical week.</summary>
    public double HeuresParSemaine() => SemaineType().HeuresParSemaine();

    /// <summary>Plain French: <c>du lundi au vendredi 9 h – 12 h, 14 h – 17 h ; samedi 9 h – 12 h ; fermé les jours fériés</c>.</summary>
    public string EnFrancais() => RedactionFrancaise.Rediger(this);

    public override string ToString() => Texte;

    public bool Equals(HorairesOsm? other) => other is not null && other.Texte == Texte;

    public override bool Equals(object? obj) => Equals(obj as HorairesOsm);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Texte);
}
