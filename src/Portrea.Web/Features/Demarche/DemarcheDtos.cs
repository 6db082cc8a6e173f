using Portrea.Core.Demarche;

namespace Portrea.Web.Features.Demarche;

public sealed record TransitionDemandeeDto(string? Vers, string? Date, string? Commentaire);

public sealed record ReferentDto(string Nom, string? Courriel, string? Nature);

public sealed record DureeDto(int JoursEcoules, int? DureeObserveeMinSemaines, int? DureeObserveeMaxSemaines, bool EnRetard);

public sealed record EpciDemarcheDto(
    string Siren,
    string Nom,
    string? Phase,
    DateOnly? PhaseDepuis,
    string? Strategie,
    IReadOnlyList<ReferentDto> Referents,
    bool BinomeComplet,
    DureeDto? Duree,
    string ProchaineEtape)
{
    public static EpciDemarcheDto Depuis(EtatEpci e) => new(
        e.Siren, e.Nom, e.Phase?.Code(), e.PhaseDepuis, e.Strategie,
        [.. e.Referents.Select(r => new ReferentDto(r.Nom, r.Courriel, r.Nature))],
        e.BinomeComplet,
        e.Duree is { } d ? new DureeDto(d.JoursEcoules, d.DureeObserveeSemaines?.Min, d.DureeObserveeSemaines?.Max, d.EnRetard) : null,
        e.ProchaineEtape);
}

public sealed record TransitionDto(string? De, string Vers, DateOnly Date, string? Commentaire, string? Auteur, DateTimeOffset EnregistreeLe)
{
    public static TransitionDto Depuis(TransitionPhase t) => new(t.De, t.Vers, t.Date, t.Commentaire, t.AuteurNom, t.EnregistreeLe);
}

public sealed record EpciDemarcheDetailDto(EpciDemarcheDto Epci, IReadOnlyList<TransitionDto> Transitions);
