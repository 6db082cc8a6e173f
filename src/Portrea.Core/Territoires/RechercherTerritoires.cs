using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Territoires;

/// <summary>
/// Finds communes by name or postcode, and EPCI by name, the way people type them: without accents, hyphens or
/// "Saint" spelled out. Matching runs in process on a small index (a few megabytes for all of France) because the
/// two database engines disagree on accent-insensitive comparison.
/// </summary>
public static class RechercherTerritoires
{
    public sealed record Candidat(
        NiveauTerritoire Niveau, string Code, string Nom, string? Departement, long? Population, string CodesPostaux, string Cle);

    public sealed record Resultat(
        NiveauTerritoire Niveau, string Code, string Nom, string? Departement, long? Population, IReadOnlyList<string> CodesPostaux);

    public static async Task<List<Candidat>> IndexAsync(PortreaDbContext db, CancellationToken ct)
    {
        var communes = await db.Communes.AsNoTracking()
            .Select(c => new { c.Code, c.Nom, c.DepartementCode, c.PopulationMunicipale, c.CodesPostaux })
            .ToListAsync(ct);
        var epci = await db.Epcis.AsNoTracking().Select(e => new { e.Siren, e.Nom, e.PopulationMunicipale }).ToListAsync(ct);
        return
        [
            .. communes.Select(c => new Candidat(NiveauTerritoire.Commune, c.Code, c.Nom, c.DepartementCode, c.PopulationMunicipale, c.CodesPostaux, Normaliser(c.Nom))),
            .. epci.Select(e => new Candidat(NiveauTerritoire.Epci, e.Siren, e.Nom, null, e.PopulationMunicipale, "", Normaliser(e.Nom))),
        ];
    }

    public static IReadOnlyList<Resultat> Chercher(IReadOnlyList<Candidat> index, string texte, int nombre)
    {
        var recherche = Normaliser(texte);
        if (recherche.Length == 0)
        {
            return [];
        }

        var estCodePostal = recherche.All(char.IsAsciiDigit);
        return [.. index
            .Select(c => (Candidat: c, Rang: Rang(c, recherche, estCodePostal)))
            .Where(x => x.Rang < int.MaxValue)
            .OrderBy(x => x.Rang)
            .ThenByDescending(x => x.Candidat.Population ?? 0)
            .ThenBy(x => x.Candidat.Nom, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))
            .Take(nombre)
            .Select(x => new Resultat(
                x.Candidat.Niveau, x.Candidat.Code, x.Candidat.Nom, x.Candidat.Departement, x.Candidat.Population,
                x.Candidat.CodesPostaux.Split('|', StringSplitOptions.RemoveEmptyEntries)))];
    }

    private static int Rang(Candidat candidat, string recherche, bool estCodePostal)
    {
        if (estCodePostal)
        {
            if (candidat.Niveau != NiveauTerritoire.Commune)
            {
                return int.MaxValue;
            }

            var codes = candidat.CodesPostaux.Split('|');
            return codes.Contains(recherche) ? 0 : codes.Any(c => c.StartsWith(recherche, StringComparison.Ordinal)) ? 1
                : candidat.Code == recherche ? 2 : int.MaxValue;
        }

        var rangNiveau = candidat.Niveau == NiveauTerritoire.Commune ? 0 : 1;
        if (candidat.Cle == recherche)
        {
            return rangNiveau;
        }

        if (candidat.Cle.StartsWith(recherche, StringComparison.Ordinal))
        {
            return 10 + rangNiveau;
        }

        return candidat.Cle.Contains(' ' + recherche, StringComparison.Ordinal) ? 20 + rangNiveau
            : candidat.Cle.Contains(recherche, StringComparison.Ordinal) ? 30 + rangNiveau
            : int.MaxValue;
    }

    /// <summary>Lower case, no accents, hyphens and apostrophes as spaces, "st" and "ste" as "saint" and "sainte".</summary>
    public static string Normaliser(string texte)
    {
        var decompose = texte.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var resultat = new StringBuilder(decompose.Length);
        foreach (var caractere in decompose)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(caractere) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            resultat.Append(char.IsLetterOrDigit(caractere) ? caractere : ' ');
        }

        var mots = resultat.ToString().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(m => m switch { "st" => "saint", "ste" => "sainte", _ => m });
        return string.Join(' ', mots);
    }
}
