using Portrea.Core.Demarche;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Portraits;

namespace Portrea.Web.Features.Demarche;

/// <summary>What the facilitation slides show: the day's method and the territory's portrait, computed as the portrait page does.</summary>
public sealed record VueDiaporama(DerouleJournee Deroule, PortraitVue Portrait)
{
    public static async Task<VueDiaporama?> ChargerAsync(string siren, ComposerDeroule composer, ConstruirePortrait portrait, CancellationToken ct)
    {
        if (await composer.ComposerAsync(siren, ct) is not { } deroule
            || await portrait.ConstruireAsync(NiveauTerritoire.Epci, siren, [], [], ct) is not { } vue)
        {
            return null;
        }

        return new VueDiaporama(deroule, vue);
    }
}
