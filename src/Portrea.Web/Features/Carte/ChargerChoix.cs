using Portrea.Core.Persistence;

namespace Portrea.Web.Features.Carte;

public static class ChargerChoix
{
    public static Task<ChoixCarte> ChargerAsync(PortreaDbContext db, CancellationToken ct)
    {
        _ = db;
        _ = ct;
        return Task.FromResult(new ChoixCarte([]));
    }
}
