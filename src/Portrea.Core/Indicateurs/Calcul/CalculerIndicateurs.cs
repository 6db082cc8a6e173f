using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Indicateurs.Import;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;
using Portrea.Core.Territoires;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>
/// The need indicators of any territory, for pages, the API and the territory portrait: one method per use, all served
/// from one computation of every indicator at every level, recomputed when data or settings change.
/// </summary>
public sealed class CalculerIndicateurs(
    PortreaDbContext db,
    RegistreIndicateurs registre,
    IOptions<OptionsIndicateurs> options,
    CacheIndicateurs cache)
{
    public RegistreIndicateurs Registre => registre;

    /// <summary>The weight of each parameter of the vulnerability estimate as used now (configuration or default).</summary>
    public IReadOnlyDictionary<string, double> Parametres { get; } = options.Value.Parametres(registre);

    /// <summary>Changes whenever a dataset is (re)loaded or a weight changes: usable as an HTTP ETag.</summary>
    public async Task<string> EmpreinteAsync(CancellationToken ct)
    {
        var jeux = await db.JeuxDeDonnees.AsNoTracking()
            .Where(j => j.Cle.StartsWith(VariablesImporter.PrefixeJeu) || j.Cle == CleJeux.Cog || j.Cle == CleJeux.Population)
            .Select(j => new { j.Cle, j.ImporteLe })
            .ToListAsync(ct);
        var texte = new StringBuilder(registre.Version);
        foreach (var (code, valeur) in Parametres.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            texte.Append('|').Append(code).Append('=').Append(valeur.ToString("R", CultureInfo.InvariantCulture));
        }

        foreach (var jeu in jeux.OrderBy(j => j.Cle, StringComparer.Ordinal))
        {
            texte.Append('|').Append(jeu.Cle).Append('@').Append(jeu.ImporteLe.UtcTicks);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(texte.ToString())))[..20];
    }

    public async Task<ResultatsIndicateurs> ResultatsAsync(CancellationToken ct)
    {
        var empreinte = await EmpreinteAsync(ct);
        return await cache.ObtenirAsync(empreinte, async () =>
        {
            var donnees = await ChargerDonneesCalcul.ChargerAsync(db, registre, ct);
            return new MoteurIndicateurs(registre, Parametres).Calculer(donnees);
        }, ct);
    }

    /// <summary>Every indicator of one territory, next to the same figure for its département(s) and région.</summary>
    public async Task<IReadOnlyList<IndicateurDuTerritoire>> PourTerritoireAsync(NiveauTerritoire niveau, string code, CancellationToken ct)
    {
        var resultats = await ResultatsAsync(ct);
        var comparaisons = await ComparaisonsAsync(niveau, code, ct);
        return [.. registre.Indicateurs.Select(i => new IndicateurDuTerritoire(
            i.Definition,
            resultats.Valeur(i.Code, niveau, code),
            [.. comparaisons.Select(t => new ValeurComparee(t.Niveau, t.Code, t.Nom, resultats.Valeur(i.Code, t.Niveau, t.Code)))]))];
    }

    /// <summary>One indicator for every territory of a level, optionally within a parent (e.g. the communes of an EPCI).</summary>
    public async Task<IReadOnlyList<ValeurIndicateur>?> ParNiveauAsync(
        string indicateur, NiveauTerritoire niveau, (NiveauTerritoire Niveau, string Code)? parent, CancellationToken ct)
    {
        if (!registre.ParCode.ContainsKey(indicateur))
        {
            return null;
        }

        var resultats = await ResultatsAsync(ct);
        var valeurs = resultats.Niveau(indicateur, niveau).Values.AsEnumerable();
        if (parent is { } p)
        {
            var membres = (await MembresAsync(niveau, p.Niveau, p.Code, ct)).ToHashSet(StringComparer.Ordinal);
            valeurs = valeurs.Where(v => membres.Contains(v.Code));
        }

        return [.. valeurs.OrderBy(v => v.Code, StringComparer.Ordinal)];
    }

    private async Task<List<string>> MembresAsync(NiveauTerritoire niveau, NiveauTerritoire niveauParent, string parent, CancellationToken ct)
    {
        var communes = niveauParent switch
        {
            NiveauTerritoire.Region => db.Communes.Where(c => c.RegionCode == parent),
            NiveauTerritoire.Departement => db.Communes.Where(c => c.DepartementCode == parent),
            NiveauTerritoire.Epci => db.Communes.Where(c => c.EpciSiren == parent),
            _ => db.Communes.Where(c => c.Code == parent),
        };
        return niveau switch
        {
            NiveauTerritoire.Commune => await communes.Select(c => c.Code).ToListAsync(ct),
            NiveauTerritoire.Epci => await communes.Where(c => c.EpciSiren != null).Select(c => c.EpciSiren!).Distinct().ToListAsync(ct),
            NiveauTerritoire.Departement => await communes.Select(c => c.DepartementCode).Distinct().ToListAsync(ct),
            _ => await communes.Select(c => c.RegionCode).Distinct().ToListAsync(ct),
        };
    }

    private async Task<List<(NiveauTerritoire Niveau, string Code, string Nom)>> ComparaisonsAsync(NiveauTerritoire niveau, string code, CancellationToken ct)
    {
        if (niveau == NiveauTerritoire.Region)
        {
            return [];
        }

        var communes = niveau switch
        {
            NiveauTerritoire.Commune => db.Communes.Where(c => c.Code == code),
            NiveauTerritoire.Epci => db.Communes.Where(c => c.EpciSiren == code),
            _ => db.Communes.Where(c => c.DepartementCode == code),
        };
        var departements = niveau == NiveauTerritoire.Departement ? [] : await communes.Select(c => c.DepartementCode).Distinct().ToListAsync(ct);
        var regions = await communes.Select(c => c.RegionCode).Distinct().ToListAsync(ct);
        var liste = new List<(NiveauTerritoire, string, string)>();
        foreach (var d in await db.Departements.Where(d => departements.Contains(d.Code)).OrderBy(d => d.Code).ToListAsync(ct))
        {
            liste.Add((NiveauTerritoire.Departement, d.Code, d.Nom));
        }

        foreach (var r in await db.Regions.Where(r => regions.Contains(r.Code)).OrderBy(r => r.Code).ToListAsync(ct))
        {
            liste.Add((NiveauTerritoire.Region, r.Code, r.Nom));
        }

        return liste;
    }
}

public sealed record IndicateurDuTerritoire(DefinitionIndicateur Definition, ValeurIndicateur? Valeur, IReadOnlyList<ValeurComparee> Comparaisons);

public sealed record ValeurComparee(NiveauTerritoire Niveau, string Code, string Nom, ValeurIndicateur? Valeur);
