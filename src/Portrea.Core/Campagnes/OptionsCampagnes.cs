namespace Portrea.Core.Campagnes;

/// <summary>Settings of <c>Portrea:Campagnes</c>.</summary>
public sealed class OptionsCampagnes
{
    public const string Section = "Portrea:Campagnes";

    /// <summary>Seconds between two passes of the scheduler (calendar, launches, reminders, closing).</summary>
    public double IntervalleSecondes { get; set; } = 60;

    /// <summary>E-mails queued per campaign and pass, so that one huge EPCI does not hold a pass for long.</summary>
    public int TailleLot { get; set; } = 200;

    /// <summary>Default length of a campaign, in days (the links expire at its end).</summary>
    public int DureeJours { get; set; } = 30;

    /// <summary>Default reminder delays, in days after the launch.</summary>
    public string DelaisRelances { get; set; } = "10|20";
}
