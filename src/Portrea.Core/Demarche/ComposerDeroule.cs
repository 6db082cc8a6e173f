using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>A sequence placed in the day: minutes from the start, clock time when the day's hours give a start.</summary>
public sealed record SequencePlanifiee(SequenceAnimation Sequence, int DebutMinutes, TimeOnly? Heure, RoleAnimateur Animateur);

public sealed record DerouleJournee(
    VueJournee Journee,
    DefinitionStrategie Strategie,
    bool StrategieChoisie,
    IReadOnlyList<SequencePlanifiee> Sequences,
    TimeOnly? Debut,
    IReadOnlyList<RoleAnimateur> Animateurs,
    IReadOnlyList<(ElementLogistique Element, bool Coche)> Logistique)
{
    public int DureeMinutes => Sequences.Sum(s => s.Sequence.DureeMinutes);

    public int Presents => Journee.Participants.Count(p => p.Present);
}

/// <summary>
/// The facilitation method of an EPCI's collaborative day: the chosen strategy's timed sequences from the referential
/// (the default strategy when none is chosen yet, said so), placed from the start of the day's hours when they can be
/// read, with the participants, groups, facilitators and logistics state of the day planner.
/// </summary>
public sealed partial class ComposerDeroule(PortreaDbContext db, ConsulterJournee consulter, ReferentielDemarche referentiel)
{
    public async Task<DerouleJournee?> ComposerAsync(string siren, CancellationToken ct)
    {
        if (await consulter.ConsulterAsync(siren, ct) is not { } journee)
        {
            return null;
        }

        var code = await db.DeploiementsEpci.AsNoTracking().Where(d => d.EpciSiren == siren).Select(d => d.Strategie).SingleOrDefaultAsync(ct);
        var choisie = referentiel.Strategie(code);
        var strategie = choisie ?? referentiel.StrategieParDefaut;
        var debut = Debut(journee.Journee.Horaires);
        var sequences = new List<SequencePlanifiee>();
        var minutes = 0;
        foreach (var sequence in strategie.Deroule)
        {
            sequences.Add(new SequencePlanifiee(sequence, minutes, debut?.AddMinutes(minutes), referentiel.Animateur(sequence.Animateur)));
            minutes += sequence.DureeMinutes;
        }

        var cochees = journee.Journee.LireLogistique();
        return new DerouleJournee(
            journee, strategie, choisie is not null, sequences, debut, referentiel.Animateurs,
            [.. referentiel.Logistique.Select(e => (e, cochees.Contains(e.Code)))]);
    }

    /// <summary>The first time written in the free-text hours (« 9 h 30 – 16 h 30 », « 9h », « 09:15 »), if any.</summary>
    public static TimeOnly? Debut(string? horaires)
    {
        if (horaires is null || HeureDebut().Match(horaires) is not { Success: true } m)
        {
            return null;
        }

        var heures = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return heures < 24 && minutes < 60 ? new TimeOnly(heures, minutes) : null;
    }

    [GeneratedRegex(@"(?<h>\d{1,2})\s*(?:h|H|:)\s*(?<m>\d{2})?")]
    private static partial Regex HeureDebut();
}
