namespace Portrea.Web.Features.Contributions;

/// <summary>
/// What the sheet's form fields (<c>_ChampsFormulaireLieu</c>) and their error summary (<c>_ErreursFormulaireLieu</c>)
/// show: the bound form and the French errors per field. Shared by the edit page and the campaign link page.
/// </summary>
public sealed record ChampsFormulaireLieuVue(FormulaireLieu Formulaire, IReadOnlyDictionary<string, List<string>> Erreurs)
{
    public string? Valeur(string code) => Formulaire.Champs.GetValueOrDefault(code);

    public IReadOnlyList<string> ErreursDe(string code) => Erreurs.GetValueOrDefault(code) ?? [];

    public IEnumerable<string> ErreursCommencantPar(string prefixe) => Erreurs.Where(e => e.Key.StartsWith(prefixe, StringComparison.Ordinal)).SelectMany(e => e.Value);
}
