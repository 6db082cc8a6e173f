namespace Portrea.Core.Demarche;

/// <summary>The phases of the method in an EPCI, in order; an EPCI not yet in contact has no phase (null).</summary>
public enum PhaseDemarche
{
    Contact,
    Engagement,
    Deploiement,
    Consolidation,
    Exploitation,
}

public static class PhaseDemarcheTexte
{
    public static string Code(this PhaseDemarche phase) => phase switch
    {
        PhaseDemarche.Contact => "contact",
        PhaseDemarche.Engagement => "engagement",
        PhaseDemarche.Deploiement => "deploiement",
        PhaseDemarche.Consolidation => "consolidation",
        _ => "exploitation",
    };

    public static bool TryParse(string? code, out PhaseDemarche phase)
    {
        foreach (var p in Enum.GetValues<PhaseDemarche>())
        {
            if (string.Equals(p.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                phase = p;
                return true;
            }
        }

        phase = default;
        return false;
    }

    public static PhaseDemarche? Lire(string? code) => TryParse(code, out var p) ? p : null;
}
