namespace Portrea.Tests.Lieux;

/// <summary>A clock stopped at a chosen instant, so that "open now" is testable.</summary>
public sealed class HorlogeFixe(DateTimeOffset instant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
}
