using Microsoft.Extensions.Options;

namespace Portrea.Web.Features.Comptes;

/// <summary>Absolute addresses for e-mailed links: the configured public address, else the one the request came to.</summary>
public sealed class AdressesPubliques(IOptions<OptionsComptes> options, IHttpContextAccessor http)
{
    public string Absolue(string chemin)
    {
        var racine = options.Value.AdressePublique is { Length: > 0 } configuree
            ? configuree.TrimEnd('/')
            : http.HttpContext is { } contexte ? $"{contexte.Request.Scheme}://{contexte.Request.Host}{contexte.Request.PathBase}" : "";
        return racine + chemin;
    }

    public string LienConnexion(string secret) => Absolue("/connexion/lien/" + Uri.EscapeDataString(secret));

    public string Invitation(string secret) => Absolue("/invitation/" + Uri.EscapeDataString(secret));
}
