namespace Portrea.Core.Demarche;

/// <summary>
/// Which phase moves are possible (ADR 0013): forward one phase at a time (from no phase to contact, then on), or
/// back to the previous phase with a comment saying why; skipping a phase, staying in place and leaving contact for no
/// phase are impossible. Returns the French reason of an impossible move, null when possible.
/// </summary>
public static class ReglesTransitions
{
    public static string? Motif(PhaseDemarche? de, PhaseDemarche vers, string? commentaire)
    {
        var depart = de is null ? -1 : (int)de.Value;
        var arrivee = (int)vers;
        if (arrivee == depart + 1)
        {
            return null;
        }

        var libelleDe = de is null ? "sans phase" : $"« {de.Value.Code()} »";
        if (arrivee == depart)
        {
            return $"L'EPCI est déjà en phase « {vers.Code()} ».";
        }

        if (arrivee == depart - 1)
        {
            return string.IsNullOrWhiteSpace(commentaire)
                ? $"Revenir de {libelleDe} à « {vers.Code()} » demande un commentaire qui explique pourquoi."
                : null;
        }

        var suivante = Suivante(de) is { } s ? $"la phase suivante possible est « {s.Code()} »" : "l'EPCI est déjà en dernière phase";
        return $"Passage impossible de {libelleDe} à « {vers.Code()} » : on avance d'une phase à la fois ({suivante}), ou l'on revient à la phase précédente avec un commentaire.";
    }

    public static PhaseDemarche? Suivante(PhaseDemarche? phase) =>
        phase is null ? PhaseDemarche.Contact : phase == PhaseDemarche.Exploitation ? null : phase.Value + 1;

    public static PhaseDemarche? Precedente(PhaseDemarche? phase) =>
        phase is null or PhaseDemarche.Contact ? null : phase.Value - 1;
}
