using Portrea.Core.Lieux;

namespace Portrea.Core.Orientation;

/// <summary>How to get in, in plain French, from the standard's access modes and the place's public contacts.</summary>
public static class AccesLieu
{
    public const string NonRenseigne = "Modalités d'accès non renseignées : appelez le lieu avant de vous déplacer.";

    public static IReadOnlyList<string> Decrire(Lieu lieu)
    {
        var modalites = lieu.ModalitesAcces.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var lignes = new List<string>();
        if (modalites.Contains("Se présenter"))
        {
            lignes.Add("Sans rendez-vous : se présenter aux heures d'ouverture");
        }

        if (lieu.PriseRdv is not null)
        {
            lignes.Add($"Rendez-vous en ligne : {lieu.PriseRdv}");
        }
        else if (modalites.Contains("Prendre un RDV en ligne"))
        {
            lignes.Add("Rendez-vous en ligne (adresse non renseignée)");
        }

        if (lieu.Telephone is not null)
        {
            lignes.Add($"{(modalites.Contains("Téléphoner") ? "Prendre rendez-vous par téléphone" : "Téléphone")} : {Telephone(lieu.Telephone)}");
        }

        var courriel = lieu.Courriels.Split('|', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (courriel is not null)
        {
            lignes.Add(modalites.Contains("Envoyer un mail avec une fiche de prescription")
                ? $"Par courriel, avec une fiche de prescription : {courriel}"
                : $"Courriel : {courriel}");
        }

        return lignes.Count == 0 ? [NonRenseigne] : lignes;
    }

    /// <summary>True when the standard says the place receives no public: it cannot take the person.</summary>
    public static bool NAccueillePasDePublic(Lieu lieu) =>
        lieu.ModalitesAcces.Split('|').Contains("Ce lieu n'accueille pas de public");

    /// <summary>« +33296604787 » as people dial it: « 02 96 60 47 87 ».</summary>
    public static string Telephone(string telephone)
    {
        if (telephone.StartsWith("+33", StringComparison.Ordinal) && telephone.Length == 12)
        {
            var national = "0" + telephone[3..];
            return string.Join(' ', Enumerable.Range(0, 5).Select(i => national.Substring(i * 2, 2)));
        }

        return telephone;
    }
}
