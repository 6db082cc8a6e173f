using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Core.Portraits;

/// <summary>
/// Loads what a portrait needs for any territory (commune, EPCI, département, région) and computes it: people at risk
/// per commune from the vulnerability indicator, places of the territory and of its neighbours within reach.
/// </summary>
public sealed class ChargerPortrait(PortreaDbContext db, CalculerIndicateurs indicateurs, IOptions<OptionsPortraits> options)
{
    /// <summary>The indicator whose value (or, failing that, estimate) counts the people at risk of each commune.</summary>
    public const string IndicateurPersonnesARisque = "vulnerabilite_e_administrative";

    public OptionsPortraits Options => options.Value;

    public async Task<DonneesPortrait> ChargerAsync(NiveauTerritoire niveau, string code, CancellationToken ct)
    {
        var requete = niveau switch
        {
            NiveauTerritoire.Region => db.Communes.Where(c => c.RegionCode == code),
            NiveauTerritoire.Departement => db.Communes.Where(c => c.DepartementCode == code),
            NiveauTerritoire.Epci => db.Communes.Where(c => c.EpciSiren == code),
            _ => db.Communes.Where(c => c.Code == code),
        };
        var communes = await requete.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var resultats = await indicateurs.ResultatsAsync(ct);
        var liste = communes.Select(c =>
        {
            var valeur = resultats.Valeur(IndicateurPersonnesARisque, NiveauTerritoire.Commune, c.Code);
            var estime = valeur?.Valeur is null && valeur?.Estimation is not null;
            return new CommunePortrait(c.Code, c.Nom, c.Latitude, c.Longitude, c.PopulationMunicipale, valeur?.Valeur ?? valeur?.Estimation?.Valeur, estime);
        }).ToList();
        return new DonneesPortrait(liste, await LieuxAsync(communes, ct));
    }

    public async Task<ResultatPortrait> CalculerAsync(NiveauTerritoire niveau, string code, ScenarioPortrait scenario, CancellationToken ct) =>
        CalculerPortrait.Calculer(await ChargerAsync(niveau, code, ct), options.Value, scenario);

    private async Task<List<OffreLieu>> LieuxAsync(List<Commune> communes, CancellationToken ct)
    {
        var codes = communes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var localisees = communes.Where(c => c.Latitude is not null && c.Longitude is not null).ToList();
        // Drafts from the census are not published help yet.
        var requete = db.Lieux.AsNoTracking().Where(l => !l.Brouillon).Include(l => l.Services).ThenInclude(s => s.Creneaux).AsSplitQuery();
        List<Core.Lieux.Lieu> lieux;
        if (localisees.Count == 0)
        {
            lieux = await requete.Where(l => l.CommuneCode != null && codes.Contains(l.CommuneCode)).ToListAsync(ct);
        }
        else
        {
            // A bounding box widened by the reach distance holds every place that can bring help within reach.
            var marge = options.Value.DistanceKm / 111.0;
            var minLat = localisees.Min(c => c.Latitude!.Value) - marge;
            var maxLat = localisees.Max(c => c.Latitude!.Value) + marge;
            var margeLon = marge / Math.Max(Math.Cos((minLat + maxLat) / 2 * Math.PI / 180), 0.1);
            var minLon = localisees.Min(c => c.Longitude!.Value) - margeLon;
            var maxLon = localisees.Max(c => c.Longitude!.Value) + margeLon;
            var codesListe = codes.ToList();
            lieux = await requete.Where(l => (l.CommuneCode != null && codesListe.Contains(l.CommuneCode))
                    || (l.Latitude >= minLat && l.Latitude <= maxLat && l.Longitude >= minLon && l.Longitude <= maxLon))
                .ToListAsync(ct);
        }

        return [.. lieux.OrderBy(l => l.Id).Select(l => new OffreLieu(
            l.Id,
            l.Nom,
            l.CommuneCode,
            l.Latitude,
            l.Longitude,
            l.CommuneCode is not null && codes.Contains(l.CommuneCode),
            [.. l.Services.OrderBy(s => s.Id).Select(s => CouvertureHebdomadaire.Offre(s, l.Horaires))],
            l.DispositifProgrammesNationaux))];
    }
}
