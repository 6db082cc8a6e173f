using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Portrea.Core.Geo;
using Portrea.Core.Lieux.Import.MednumV0;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Core.Lieux.Import;

/// <summary>
/// Attaches places to the loaded communes: point in polygon on the commune contours first, then the INSEE code given
/// by the source (old codes follow their merger), then the postal code with the commune name.
/// </summary>
public sealed class RattacherCommunes
{
    private readonly STRtree<(string Code, IPreparedGeometry Contour)> _index = new();
    private readonly HashSet<string> _communes;
    private readonly Dictionary<string, string> _historiques;
    private readonly Dictionary<string, List<(string Code, string Cle)>> _parCodePostal = [];

    private RattacherCommunes(
        IEnumerable<Contour> contours, IEnumerable<Commune> communes, Dictionary<string, string> historiques)
    {
        foreach (var contour in contours)
        {
            var geometrie = GeoJsonGeometrie.Lire(contour.GeoJson);
            _index.Insert(geometrie.EnvelopeInternal, (contour.Code, PreparedGeometryFactory.Prepare(geometrie)));
        }

        _index.Build();
        _communes = [];
        foreach (var commune in communes)
        {
            _communes.Add(commune.Code);
            foreach (var codePostal in commune.ListeCodesPostaux())
            {
                if (!_parCodePostal.TryGetValue(codePostal, out var liste))
                {
                    _parCodePostal[codePostal] = liste = [];
                }

                liste.Add((commune.Code, CorrespondancesV0.Cle(commune.Nom).Replace('-', ' ')));
            }
        }

        _historiques = historiques;
    }

    public static async Task<RattacherCommunes> ChargerAsync(PortreaDbContext db, CancellationToken ct)
    {
        var contours = await db.Contours.AsNoTracking().Where(c => c.Niveau == NiveauTerritoire.Commune).ToListAsync(ct);
        var communes = await db.Communes.AsNoTracking().ToListAsync(ct);
        var historiques = await db.CodesHistoriques.AsNoTracking().ToDictionaryAsync(h => h.AncienCode, h => h.CodeActuel, ct);
        return new RattacherCommunes(contours, communes, historiques);
    }

    public void Rattacher(Lieu lieu)
    {
        (lieu.CommuneCode, lieu.Rattachement) = Trouver(lieu);
    }

    private (string?, RattachementCommune) Trouver(Lieu lieu)
    {
        if (lieu.Latitude is { } lat && lieu.Longitude is { } lon)
        {
            var point = GeoJsonGeometrie.Fabrique.CreatePoint(new Coordinate(lon, lat));
            foreach (var (code, contour) in _index.Query(point.EnvelopeInternal))
            {
                if (contour.Covers(point))
                {
                    return (code, RattachementCommune.Coordonnees);
                }
            }
        }

        if (lieu.CodeInsee is { } insee)
        {
            var actuel = _communes.Contains(insee) ? insee : _historiques.GetValueOrDefault(insee);
            if (actuel is not null && _communes.Contains(actuel))
            {
                return (actuel, RattachementCommune.CodeInsee);
            }
        }

        if (_parCodePostal.TryGetValue(lieu.CodePostal, out var candidates))
        {
            var nom = CorrespondancesV0.Cle(lieu.Commune).Replace('-', ' ');
            var memeNom = candidates.Where(c => c.Cle == nom).ToList();
            if (memeNom.Count == 1)
            {
                return (memeNom[0].Code, RattachementCommune.CodePostal);
            }

            if (candidates.Count == 1)
            {
                return (candidates[0].Code, RattachementCommune.CodePostal);
            }
        }

        return (null, RattachementCommune.Aucun);
    }
}
