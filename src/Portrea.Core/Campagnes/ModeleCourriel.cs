using System.Text.RegularExpressions;

namespace Portrea.Core.Campagnes;

/// <summary>
/// The campaign e-mail: French text with placeholders in braces (« {nom_lieu} ») replaced by each place's data. Only
/// known placeholders are accepted, so that a typo is caught before anything is sent rather than mailed verbatim.
/// </summary>
public static partial class ModeleCourriel
{
    public const string Lien = "lien";
    public const int LongueurMax = 10_000;

    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nom_lieu"] = "nom du lieu",
        ["adresse"] = "adresse du lieu",
        ["commune"] = "commune du lieu",
        ["telephone"] = "téléphone du lieu",
        ["horaires"] = "horaires du lieu",
        ["territoire"] = "nom de l'EPCI",
        ["derniere_confirmation"] = "date de la dernière confirmation de la fiche",
        ["date_fin"] = "dernier jour de la campagne",
        [Lien] = "lien personnel vers la fiche (obligatoire dans le message)",
    };

    public const string SujetParDefaut = "Votre fiche « {nom_lieu} » est-elle toujours à jour ?";

    public const string CorpsParDefaut = """
        Bonjour,

        Les habitants de {territoire} sont orientés vers « {nom_lieu} » ({adresse}, {commune}) quand ils ont besoin d'aide avec le numérique. Pour qu'ils trouvent des informations justes, pouvez-vous vérifier la fiche de votre lieu d'ici le {date_fin} ?

        Votre lien personnel (aucun compte n'est nécessaire) :
        {lien}

        Si rien n'a changé, un clic sur « Rien n'a changé » suffit. Sinon, corrigez directement les informations (horaires, services, contacts…).

        Dernière confirmation de la fiche : {derniere_confirmation}.

        Merci pour votre aide,
        Les référent·es du numérique inclusif de {territoire}
        """;

    /// <summary>French errors of a subject and body: unknown placeholders, missing link, lengths. Empty when valid.</summary>
    public static List<(string Champ, string Message)> Valider(string? sujet, string? corps)
    {
        var erreurs = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(sujet))
        {
            erreurs.Add(("sujet", "Indiquez l'objet du courriel."));
        }
        else if (sujet.Length > 300)
        {
            erreurs.Add(("sujet", $"L'objet fait {sujet.Length} caractères : 300 au plus."));
        }

        if (string.IsNullOrWhiteSpace(corps))
        {
            erreurs.Add(("modele", "Indiquez le texte du courriel."));
            return erreurs;
        }

        if (corps.Length > LongueurMax)
        {
            erreurs.Add(("modele", $"Le texte fait {corps.Length} caractères : {LongueurMax} au plus."));
        }

        foreach (var (champ, texte) in new[] { ("sujet", sujet ?? ""), ("modele", corps) })
        {
            foreach (var inconnue in VariablesUtilisees(texte).Where(v => !Variables.ContainsKey(v)).Distinct())
            {
                erreurs.Add((champ, $"Variable inconnue « {{{inconnue}}} » : les variables possibles sont {string.Join(", ", Variables.Keys.Select(k => "{" + k + "}"))}."));
            }
        }

        if (!VariablesUtilisees(corps).Contains(Lien))
        {
            erreurs.Add(("modele", "Le texte doit contenir {lien} : c'est le lien personnel qui ouvre la fiche du lieu."));
        }

        return erreurs;
    }

    public static string Fusionner(string modele, IReadOnlyDictionary<string, string> valeurs) =>
        Variable().Replace(modele, m => valeurs.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private static IEnumerable<string> VariablesUtilisees(string texte) => Variable().Matches(texte).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{\s*([^{}\s]*)\s*\}")]
    private static partial Regex Variable();
}
