namespace Portrea.Core.Demarche;

/// <summary>How long an EPCI has been in its phase against the observed duration of that phase (referential data).</summary>
public sealed record EtatDuree(int JoursEcoules, Fourchette? DureeObserveeSemaines)
{
    public int SemainesEcoulees => JoursEcoules / 7;

    /// <summary>Late once past the longest observed duration; phases without an observed duration are never late.</summary>
    public bool EnRetard => DureeObserveeSemaines is { } d && JoursEcoules > d.Max * 7;
}

public static class DetecterRetard
{
    public static EtatDuree? Calculer(ReferentielDemarche referentiel, PhaseDemarche? phase, DateOnly? depuis, DateOnly aujourdhui) =>
        phase is null || depuis is null
            ? null
            : new EtatDuree(Math.Max(0, aujourdhui.DayNumber - depuis.Value.DayNumber), referentiel.Phase(phase.Value).DureeSemaines);
}
