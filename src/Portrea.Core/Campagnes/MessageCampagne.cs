using System.Globalization;
using Portrea.Core.Lieux;

namespace Portrea.Core.Campagnes;

/// <summary>The campaign e-mail merged for one place: what the preview shows and what is queued at the launch.</summary>
public static class MessageCampagne
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string Lien(string adresseBase, string secret) => $"{adresseBase.TrimEnd('/')}/mise-a-jour/{Uri.EscapeDataString(secret)}";

    public static IReadOnlyDictionary<string, string> Valeurs(Lieu lieu, string territoire, DateOnly fin, string lien) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nom_lieu"] = lieu.Nom,
        ["adresse"] = string.Join(", ", new[] { lieu.Adresse, lieu.ComplementAdresse }.Where(a => !string.IsNullOrWhiteSpace(a))),
        ["commune"] = $"{lieu.CodePostal} {lieu.Commune}".Trim(),
        ["telephone"] = string.IsNullOrWhiteSpace(lieu.Telephone) ? "non renseigné" : lieu.Telephone,
        ["horaires"] = string.IsNullOrWhiteSpace(lieu.Horaires) ? "non renseignés" : lieu.Horaires,
        ["territoire"] = territoire,
        ["derniere_confirmation"] = (lieu.DateConfirmation ?? lieu.DateMaj).ToString("d MMMM yyyy", Francais),
        ["date_fin"] = fin.ToString("d MMMM yyyy", Francais),
        [ModeleCourriel.Lien] = lien,
    };

    public static (string Sujet, string Corps) Fusionner(Campagne campagne, Lieu lieu, string territoire, string lien, bool relance)
    {
        var valeurs = Valeurs(lieu, territoire, campagne.Fin, lien);
        var sujet = ModeleCourriel.Fusionner(campagne.Sujet, valeurs).ReplaceLineEndings(" ");
        var corps = ModeleCourriel.Fusionner(campagne.Modele, valeurs);
        sujet = relance ? "Rappel : " + sujet : sujet;
        sujet = sujet.Length > 300 ? sujet[..299] + "…" : sujet;
        return relance ? (sujet, "Sauf erreur, nous n'avons pas encore reçu votre réponse : ce rappel contient un nouveau lien personnel.\n\n" + corps) : (sujet, corps);
    }
}
