using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>Reads the territories and the registry's variables from the database into the flat arrays of a computation.</summary>
public static class ChargerDonneesCalcul
{
    public static async Task<DonneesCalcul> ChargerAsync(PortreaDbContext db, RegistreIndicateurs registre, CancellationToken ct)
    {
        var communes = (await db.Communes.AsNoTracking()
                .Select(c => new { c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode, c.PopulationMunicipale })
                .ToListAsync(ct))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CommuneCalcul(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode, c.PopulationMunicipale ?? 0))
            .ToList();
        // An EPCI's total is its loaded communes plus its members outside the loaded regions (which have no data), on the
        // same population vintage, so that the coverage of an interregional EPCI never claims its missing members.
        var codes = communes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var membres = await db.EpciMembres.AsNoTracking().Select(m => new { m.EpciSiren, m.CommuneCode, m.PopulationMunicipale }).ToListAsync(ct);
        var horsTerritoire = membres.Where(m => !codes.Contains(m.CommuneCode)).GroupBy(m => m.EpciSiren)
            .ToDictionary(g => g.Key, g => (Nombre: g.Count(), Population: g.Sum(m => (long)(m.PopulationMunicipale ?? 0))));
        var dedans = communes.Where(c => c.Epci is not null).GroupBy(c => c.Epci!)
            .ToDictionary(g => g.Key, g => (Nombre: g.Count(), Population: g.Sum(c => c.Population)));
        var epcis = (await db.Epcis.AsNoTracking().Select(e => new { e.Siren, e.NombreCommunes }).ToListAsync(ct))
            .Select(e => new TerritoireCalcul(
                Territoires.NiveauTerritoire.Epci,
                e.Siren,
                Math.Max(e.NombreCommunes, dedans.GetValueOrDefault(e.Siren).Nombre + horsTerritoire.GetValueOrDefault(e.Siren).Nombre),
                dedans.GetValueOrDefault(e.Siren).Population + horsTerritoire.GetValueOrDefault(e.Siren).Population))
            .ToList();
        var variables = registre.Variables.Keys.Order(StringComparer.Ordinal).ToList();
        var lignes = await db.ValeursVariables.AsNoTracking()
            .Where(v => variables.Contains(v.Variable))
            .Select(v => new { v.Niveau, v.Code, v.CommuneCode, v.Variable, v.Millesime, v.Source, v.Valeur })
            .ToListAsync(ct);

        // The most recent vintage of each figure wins; between two sources of the same vintage, the order is stable.
        var retenues = lignes
            .GroupBy(l => (l.Niveau, l.Code, l.Variable))
            .Select(g => g.OrderByDescending(l => l.Millesime, StringComparer.Ordinal).ThenBy(l => l.Source, StringComparer.Ordinal).First())
            .ToList();
        var indexCommunes = communes.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var codesIris = retenues.Where(l => l.Niveau == NiveauxVariables.Iris && indexCommunes.ContainsKey(l.CommuneCode))
            .Select(l => l.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var donnees = DonneesCalcul.Vide(communes, epcis, variables, codesIris.Count);
        var indexIris = codesIris.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var indexVariables = variables.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var origines = new List<(string Source, string Millesime)>();
        var indexOrigines = new Dictionary<(string, string), short>();
        foreach (var ligne in retenues)
        {
            if (!indexCommunes.TryGetValue(ligne.CommuneCode, out var commune))
            {
                continue;
            }

            if (!indexOrigines.TryGetValue((ligne.Source, ligne.Millesime), out var origine))
            {
                origine = (short)origines.Count;
                origines.Add((ligne.Source, ligne.Millesime));
                indexOrigines[(ligne.Source, ligne.Millesime)] = origine;
            }

            var v = indexVariables[ligne.Variable];
            if (ligne.Niveau == NiveauxVariables.Iris)
            {
                var i = indexIris[ligne.Code];
                donnees.CommuneDesIris[i] = commune;
                donnees.ValeursIris[i * variables.Count + v] = ligne.Valeur ?? double.NaN;
                donnees.OriginesIris[i * variables.Count + v] = origine;
            }
            else
            {
                donnees.ValeursCommunes[commune * variables.Count + v] = ligne.Valeur ?? double.NaN;
                donnees.OriginesCommunes[commune * variables.Count + v] = origine;
            }
        }

        foreach (var (code, i) in indexIris)
        {
            ((string[])donnees.Iris)[i] = code;
        }

        return new DonneesCalcul
        {
            Communes = donnees.Communes,
            Epcis = donnees.Epcis,
            Variables = donnees.Variables,
            ValeursCommunes = donnees.ValeursCommunes,
            OriginesCommunes = donnees.OriginesCommunes,
            Iris = donnees.Iris,
            CommuneDesIris = donnees.CommuneDesIris,
            ValeursIris = donnees.ValeursIris,
            OriginesIris = donnees.OriginesIris,
            Origines = origines,
        };
    }
}
