using System.Text;
using Portrea.Core.Orientation;

namespace Portrea.Web.Features.Orientation;

/// <summary>The orientation sheet as plain text: a short one that fits two SMS, and a full one for an e-mail.</summary>
public static class TexteOrientation
{
    /// <summary>Two concatenated SMS of 160 characters: what most phones send without splitting into three.</summary>
    public const int LongueurSms = 320;

    private const int LongueurHorairesCourte = 90;

    /// <summary>
    /// Name, address and phone come first and are always kept; then the hours (shortened if need be), then what to
    /// bring, dropped from the end item by item until the text fits.
    /// </summary>
    public static string Sms(LieuPropose p)
    {
        var l = p.Lieu;
        var tete = $"{l.Nom}, {l.Adresse}, {l.CodePostal} {l.Commune}." + (l.Telephone is { } t ? $" Tél. {AccesLieu.Telephone(t)}." : "");
        var horaires = $" Horaires : {p.HorairesEnFrancais}.";
        var apporter = p.AApporter.Select(Court).ToList();
        foreach (var h in new[] { horaires, Raccourcir(horaires, LongueurHorairesCourte), "" })
        {
            for (var n = apporter.Count; n >= 0; n--)
            {
                var texte = tete + h + (n == 0 ? "" : $" Apporter : {string.Join(", ", apporter.Take(n))}.");
                if (texte.Length <= LongueurSms)
                {
                    return texte;
                }
            }
        }

        return Raccourcir(tete, LongueurSms);
    }

    public static string Complet(LieuPropose p, string objet)
    {
        var l = p.Lieu;
        var texte = new StringBuilder()
            .AppendLine($"Orientation : {objet}")
            .AppendLine()
            .AppendLine(l.Nom)
            .AppendLine(l.Adresse + (l.ComplementAdresse is { } c ? $", {c}" : ""))
            .AppendLine($"{l.CodePostal} {l.Commune}")
            .AppendLine()
            .AppendLine($"Horaires : {p.HorairesEnFrancais}");
        foreach (var h in p.HorairesServices)
        {
            texte.AppendLine(h);
        }

        texte.AppendLine().AppendLine("Comment être reçu :");
        foreach (var a in p.Acces)
        {
            texte.AppendLine($"- {a}");
        }

        texte.AppendLine().AppendLine("À apporter :");
        foreach (var a in p.AApporter)
        {
            texte.AppendLine($"- {a}");
        }

        return texte.ToString();
    }

    /// <summary>The part before the first comma or parenthesis: « Le numéro fiscal et le mot de passe du compte… » stays readable.</summary>
    private static string Court(string element)
    {
        var coupure = element.IndexOfAny([',', '(']);
        var court = (coupure > 0 ? element[..coupure] : element).Trim();
        return court.Length == 0 ? element : char.ToLowerInvariant(court[0]) + court[1..];
    }

    private static string Raccourcir(string texte, int longueur) => texte.Length <= longueur ? texte : texte[..(longueur - 1)].TrimEnd() + "…";
}
