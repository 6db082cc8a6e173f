using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Simplify;
using Portrea.Core.Geo;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Core.Carte;

/// <summary>
/// Builds the outline layer of one level for the browser map: every territory of that level as one GeoJSON
/// FeatureCollection, simplified and rounded so that the 1 202 communes of a region stay a few hundred kilobytes.
/// </summary>
public static class ConstruireCoucheContours
{
    /// <summary>Douglas-Peucker tolerance in degrees (about 100 m for communes, under a pixel at the zoom where communes appear): invisible at the zoom where a level is shown.</summary>
    public static double Tolerance(NiveauTerritoire niveau) => niveau switch
    {
        NiveauTerritoire.Commune => 0.001,
        NiveauTerritoire.Epci => 0.0012,
        _ => 0.0025,
    };

    /// <summary>4 decimals are about 10 m, well under the simplification tolerance.</summary>
    public const int Decimales = 4;

    public static async Task<string> ConstruireAsync(PortreaDbContext db, NiveauTerritoire niveau, CancellationToken ct)
    {
        var proprietes = await ProprietesAsync(db, niveau, ct);
        var contours = await db.Contours.AsNoTracking()
            .Where(c => c.Niveau == niveau)
            .OrderBy(c => c.Code)
            .ToListAsync(ct);

        var texte = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        var premier = true;
        foreach (var contour in contours)
        {
            if (!proprietes.TryGetValue(contour.Code, out var attributs))
            {
                continue;
            }

            var geometrie = TopologyPreservingSimplifier.Simplify(GeoJsonGeometrie.Lire(contour.GeoJson), Tolerance(niveau));
            if (!premier)
            {
                texte.Append(',');
            }

            premier = false;
            texte.Append("{\"type\":\"Feature\",\"id\":")
                .Append(JsonSerializer.Serialize(contour.Code))
                .Append(",\"properties\":")
                .Append(JsonSerializer.Serialize(attributs))
                .Append(",\"geometry\":")
                .Append(GeoJsonGeometrie.Ecrire(geometrie, Decimales))
                .Append('}');
        }

        return texte.Append("]}").ToString();
    }

    private static async Task<Dictionary<string, Dictionary<string, object?>>> ProprietesAsync(
        PortreaDbContext db, NiveauTerritoire niveau, CancellationToken ct)
    {
        switch (niveau)
        {
            case NiveauTerritoire.Commune:
                return await db.Communes.AsNoTracking().ToDictionaryAsync(
                    c => c.Code,
                    c => new Dictionary<string, object?>
                    {
                        ["code"] = c.Code,
                        ["nom"] = c.Nom,
                        ["population"] = c.PopulationMunicipale,
                        ["departement"] = c.DepartementCode,
                        ["epci"] = c.EpciSiren,
                    },
                    ct);
            case NiveauTerritoire.Epci:
                var departements = await db.Communes.AsNoTracking()
                    .Where(c => c.EpciSiren != null)
                    .Select(c => new { c.EpciSiren, c.DepartementCode })
                    .Distinct()
                    .ToListAsync(ct);
                return await db.Epcis.AsNoTracking().ToDictionaryAsync(
                    e => e.Siren,
                    e => new Dictionary<string, object?>
                    {
                        ["code"] = e.Siren,
                        ["nom"] = e.Nom,
                        ["population"] = e.PopulationMunicipale,
                        ["departements"] = departements.Where(d => d.EpciSiren == e.Siren).Select(d => d.DepartementCode).Order().ToList(),
                    },
                    ct);
            case NiveauTerritoire.Departement:
                return await db.Departements.AsNoTracking().ToDictionaryAsync(
                    d => d.Code,
                    d => new Dictionary<string, object?> { ["code"] = d.Code, ["nom"] = d.Nom },
                    ct);
            default:
                return await db.Regions.AsNoTracking().ToDictionaryAsync(
                    r => r.Code,
                    r => new Dictionary<string, object?> { ["code"] = r.Code, ["nom"] = r.Nom },
                    ct);
        }
    }
}
