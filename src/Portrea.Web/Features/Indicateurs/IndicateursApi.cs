using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Indicateurs;

public static class IndicateursApi
{
    private const string CacheControl = "public, max-age=300, must-revalidate";

    public static RouteGroupBuilder MapIndicateursApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Indicateurs");
        group.MapGet("/indicateurs", ListerIndicateurs).WithName("ListerIndicateurs")
            .WithSummary("Registre des indicateurs : formules, règles d'agrégation, sources, millésimes, poids de la vulnérabilité");
        group.MapGet("/indicateurs/{code}/valeurs", ListerValeurs).WithName("ListerValeursIndicateur")
            .WithSummary("Valeurs d'un indicateur pour tous les territoires d'un niveau (parent facultatif, format=csv pour un export)");
        group.MapGet("/territoires/{niveau}/{code}/indicateurs", IndicateursDuTerritoire).WithName("IndicateursDuTerritoire")
            .WithSummary("Tous les indicateurs d'un territoire, avec son département et sa région (format=csv pour un export)");
        return group;
    }

    private static async Task<IResult> ListerIndicateurs(HttpContext http, CalculerIndicateurs indicateurs, CancellationToken ct)
    {
        if (await NonModifieAsync(http, indicateurs, ct))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var registre = indicateurs.Registre;
        return TypedResults.Ok(new RegistreDto(
            registre.Version,
            [.. registre.Parametres.Select(p => new ParametreDto(p.Code, p.Libelle, indicateurs.Parametres[p.Code], p.Defaut, p.Justification))],
            [.. registre.Indicateurs.Select(i => i.Definition.AsDto(registre, i))]));
    }

    private static async Task<IResult> ListerValeurs(
        HttpContext http, PortreaDbContext db, CalculerIndicateurs indicateurs, string code, string? niveau, string? parent, string? format, CancellationToken ct)
    {
        if (!indicateurs.Registre.ParCode.TryGetValue(code, out var indicateur))
        {
            return Problemes.Introuvable($"Aucun indicateur n'a le code « {code} » (voir /api/v1/indicateurs).");
        }

        if (!NiveauTerritoireTexte.TryParse(niveau ?? "commune", out var n))
        {
            return Problemes.Invalide($"Niveau inconnu « {niveau} » : commune, epci, departement ou region.");
        }

        (NiveauTerritoire, string)? territoireParent = null;
        if (parent is not null)
        {
            territoireParent = await LireParentAsync(db, parent, ct);
            if (territoireParent is null)
            {
                return Problemes.Introuvable($"Aucun territoire n'a le code « {parent} » (forme « epci:243500139 » ou « departement:35 » possible).");
            }
        }

        if (await NonModifieAsync(http, indicateurs, ct))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var valeurs = (await indicateurs.ParNiveauAsync(code, n, territoireParent, ct))!;
        if (EstCsv(format))
        {
            var noms = await NomsAsync(db, n, ct);
            var nom = $"{code}_{n.Code()}{(territoireParent is { } p ? $"_{p.Item2}" : "")}.csv";
            return Csv(nom, valeurs.Select(v => (code, noms.GetValueOrDefault(v.Code) ?? v.Code, v)));
        }

        var d = indicateur.Definition;
        return TypedResults.Ok(new ValeursDto(d.Code, d.Libelle, d.Unite, n.Code(), territoireParent is { } t ? $"{t.Item1.Code()}:{t.Item2}" : null, [.. valeurs.Select(v => v.AsDto())]));
    }

    private static async Task<IResult> IndicateursDuTerritoire(
        HttpContext http, PortreaDbContext db, CalculerIndicateurs indicateurs, string niveau, string code, string? format, CancellationToken ct)
    {
        if (!NiveauTerritoireTexte.TryParse(niveau, out var n))
        {
            return Problemes.Invalide($"Niveau de territoire inconnu « {niveau} » : region, departement, epci ou commune.");
        }

        var nom = (await NomsAsync(db, n, ct)).GetValueOrDefault(code);
        if (nom is null)
        {
            return Problemes.Introuvable($"Aucun territoire {n.Libelle()} n'a le code « {code} ».");
        }

        if (await NonModifieAsync(http, indicateurs, ct))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var liste = await indicateurs.PourTerritoireAsync(n, code, ct);
        if (EstCsv(format))
        {
            var lignes = liste.SelectMany(i => new[] { (Nom: nom, i.Valeur) }
                    .Concat(i.Comparaisons.Select(c => (c.Nom, c.Valeur)))
                    .Where(l => l.Valeur is not null)
                    .Select(l => (i.Definition.Code, l.Nom, l.Valeur!)));
            return Csv($"indicateurs_{n.Code()}_{code}.csv", lignes);
        }

        return TypedResults.Ok(new IndicateursTerritoireDto(n.Code(), code, nom, [.. liste.Select(i => new IndicateurTerritoireDto(
            i.Definition.Code, i.Definition.Libelle, i.Definition.Unite, i.Valeur?.AsDto(), i.Valeur?.CouvertureTexte,
            [.. i.Comparaisons.Select(c => new ComparaisonDto(c.Niveau.Code(), c.Code, c.Nom, c.Valeur?.AsDto()))]))]));
    }

    /// <summary>Sets ETag and Cache-Control; true when the client's copy is still current (answer 304).</summary>
    private static async Task<bool> NonModifieAsync(HttpContext http, CalculerIndicateurs indicateurs, CancellationToken ct)
    {
        var etag = new EntityTagHeaderValue($"\"{await indicateurs.EmpreinteAsync(ct)}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = CacheControl;
        return http.Request.GetTypedHeaders().IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false) || e.Equals(EntityTagHeaderValue.Any));
    }

    private static async Task<(NiveauTerritoire, string)?> LireParentAsync(PortreaDbContext db, string parent, CancellationToken ct)
    {
        var morceaux = parent.Split(':', 2);
        if (morceaux.Length == 2)
        {
            return NiveauTerritoireTexte.TryParse(morceaux[0], out var explicite) && (await NomsAsync(db, explicite, ct)).ContainsKey(morceaux[1])
                ? (explicite, morceaux[1])
                : null;
        }

        // A SIREN has 9 digits and a commune code 5 characters; a 2- or 3-character code is a département before a région.
        foreach (var candidat in parent.Length switch
        {
            9 => new[] { NiveauTerritoire.Epci },
            5 => [NiveauTerritoire.Commune],
            _ => [NiveauTerritoire.Departement, NiveauTerritoire.Region],
        })
        {
            if ((await NomsAsync(db, candidat, ct)).ContainsKey(parent))
            {
                return (candidat, parent);
            }
        }

        return null;
    }

    internal static async Task<Dictionary<string, string>> NomsAsync(PortreaDbContext db, NiveauTerritoire niveau, CancellationToken ct) => niveau switch
    {
        NiveauTerritoire.Region => await db.Regions.ToDictionaryAsync(r => r.Code, r => r.Nom, ct),
        NiveauTerritoire.Departement => await db.Departements.ToDictionaryAsync(r => r.Code, r => r.Nom, ct),
        NiveauTerritoire.Epci => await db.Epcis.ToDictionaryAsync(r => r.Siren, r => r.Nom, ct),
        _ => await db.Communes.ToDictionaryAsync(r => r.Code, r => r.Nom, ct),
    };

    private static bool EstCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    private static FileContentHttpResult Csv(string nomFichier, IEnumerable<(string Indicateur, string Nom, ValeurIndicateur Valeur)> lignes)
    {
        using var texte = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(texte, CultureInfo.InvariantCulture))
        {
            foreach (var entete in new[]
            {
                "indicateur", "code", "nom", "valeur", "numerateur", "denominateur", "part", "couverture", "communes_avec_donnees", "communes_total",
                "minorant", "millesime", "source", "estimation", "estimation_methode",
            })
            {
                csv.WriteField(entete);
            }

            csv.NextRecord();
            foreach (var (indicateur, nom, v) in lignes)
            {
                csv.WriteField(indicateur);
                csv.WriteField(v.Code);
                csv.WriteField(nom);
                foreach (var nombre in new[] { v.Valeur, v.Numerateur, v.Denominateur, v.Part, v.Couverture })
                {
                    csv.WriteField(nombre?.ToString("0.######", CultureInfo.InvariantCulture) ?? "");
                }

                csv.WriteField(v.CommunesAvecDonnees);
                csv.WriteField(v.CommunesTotal);
                csv.WriteField(v.Minorant ? "oui" : "non");
                csv.WriteField(v.Millesime ?? "");
                csv.WriteField(v.Source ?? "");
                csv.WriteField(v.Estimation?.Valeur.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(v.Estimation?.Methode ?? "");
                csv.NextRecord();
            }
        }

        // The byte-order mark lets spreadsheet software read the accents as UTF-8.
        var octets = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(texte.ToString())).ToArray();
        return TypedResults.File(octets, "text/csv; charset=utf-8", nomFichier);
    }
}
