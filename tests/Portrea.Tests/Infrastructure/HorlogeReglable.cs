namespace Portrea.Tests.Infrastructure;

/// <summary>A clock the test moves forward, to reach expiry dates without waiting.</summary>
public sealed class HorlogeReglable : TimeProvider
{
    private DateTimeOffset _maintenant = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _maintenant;

    public void Avancer(TimeSpan duree) => _maintenant += duree;
}
