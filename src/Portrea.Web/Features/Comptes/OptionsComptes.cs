namespace Portrea.Web.Features.Comptes;

/// <summary>Settings of <c>Portrea:Comptes</c>: lifetimes of links and tokens, and the sign-in rate limit.</summary>
public sealed class OptionsComptes
{
    public const string Section = "Portrea:Comptes";

    /// <summary>Public address used in e-mailed links (behind a proxy); empty = the address of the current request.</summary>
    public string? AdressePublique { get; set; }

    public int DureeLienConnexionMinutes { get; set; } = 15;

    public int DureeInvitationJours { get; set; } = 7;

    public int DureeJetonApiJours { get; set; } = 30;

    /// <summary>Attempts per minute and per client address on sign-in, magic-link, invitation and token endpoints.</summary>
    public int TentativesParMinute { get; set; } = 10;
}
